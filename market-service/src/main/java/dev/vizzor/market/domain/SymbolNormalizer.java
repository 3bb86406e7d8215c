package dev.vizzor.market.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what people type into one {@link Asset}: {@code btc}, {@code BTC}, {@code BTCUSDT}, {@code
 * BTC/USDT}, {@code btc-usdt} and {@code btc_usdt} are all BTC/USDT. Only USDT quotes exist in this
 * service, so {@code ETH/BTC} is rejected rather than silently re-quoted. Whether a source knows
 * the asset is a separate question (an unknown but well-formed symbol is not garbage).
 */
public final class SymbolNormalizer {
  /** Longer input is rejected before any parsing: no real symbol pair comes close. */
  public static final int MAX_LENGTH = 20;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9]+([/_-][A-Za-z0-9]+)?");
  private static final Pattern SEPARATOR = Pattern.compile("[/_-]");

  private SymbolNormalizer() {}

  /**
   * @throws InvalidSymbolException for null, blank, over {@value #MAX_LENGTH} characters,
   *     characters other than letters, digits and one separator ({@code / - _}), or a quote other
   *     than USDT
   */
  public static Asset normalize(String input) {
    if (input == null) {
      throw new InvalidSymbolException("symbol is missing");
    }
    String trimmed = input.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
      throw new InvalidSymbolException("symbol must be 1-" + MAX_LENGTH + " characters");
    }
    if (!ALLOWED.matcher(trimmed).matches()) {
      throw new InvalidSymbolException("symbol has characters other than letters and digits");
    }
    String upper = trimmed.toUpperCase(Locale.ROOT);
    String[] parts = SEPARATOR.split(upper);
    String base = upper;
    if (parts.length == 2) {
      if (!Asset.USDT.equals(parts[1])) {
        throw new InvalidSymbolException("only USDT quotes are supported, not " + parts[1]);
      }
      base = parts[0];
    } else if (upper.endsWith(Asset.USDT) && upper.length() > Asset.USDT.length()) {
      base = upper.substring(0, upper.length() - Asset.USDT.length());
    }
    if (base.equals(Asset.USDT)) {
      throw new InvalidSymbolException("USDT is the quote currency, not an asset");
    }
    return Asset.of(base);
  }
}
