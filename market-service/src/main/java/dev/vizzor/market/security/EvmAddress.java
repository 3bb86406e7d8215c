package dev.vizzor.market.security;

import dev.vizzor.market.domain.InvalidArgumentException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A 20-byte EVM account address, kept lower-case (the form JSON-RPC results use). */
public record EvmAddress(String hex) {
  private static final Pattern FORM = Pattern.compile("0x[0-9a-fA-F]{40}");

  public EvmAddress {
    if (!FORM.matcher(hex).matches()) {
      throw new IllegalArgumentException("not an address: " + hex);
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  /** The address a request's {@code field} holds, or a 400 naming the field and the form. */
  public static EvmAddress of(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidArgumentException(field + " is required: 0x followed by 40 hex digits");
    }
    if (!FORM.matcher(value.strip()).matches()) {
      throw new InvalidArgumentException(
          field + " must be 0x followed by 40 hex digits, got '" + abbreviate(value) + "'");
    }
    return new EvmAddress(value.strip());
  }

  private static String abbreviate(String value) {
    return value.length() <= 50 ? value : value.substring(0, 47) + "...";
  }

  @Override
  public String toString() {
    return hex;
  }
}
