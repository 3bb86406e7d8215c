package dev.vizzor.market.security;

import dev.vizzor.market.domain.InvalidArgumentException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The EVM chains the security endpoints accept, by the name callers use and the chain id the
 * sources (GoPlus, JSON-RPC) need. A request names one by either.
 */
public enum Chain {
  ETHEREUM("ethereum", 1),
  BSC("bsc", 56),
  POLYGON("polygon", 137),
  ARBITRUM("arbitrum", 42161),
  OPTIMISM("optimism", 10),
  BASE("base", 8453),
  AVALANCHE("avalanche", 43114);

  private final String wireName;
  private final long id;

  Chain(String wireName, long id) {
    this.wireName = wireName;
    this.id = id;
  }

  public String wireName() {
    return wireName;
  }

  public long id() {
    return id;
  }

  /** The chain a request's {@code field} names, or a 400 that lists the accepted ones. */
  public static Chain of(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidArgumentException(field + " is required: one of " + names());
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    for (Chain chain : values()) {
      if (chain.wireName.equals(wanted) || Long.toString(chain.id).equals(wanted)) {
        return chain;
      }
    }
    throw new InvalidArgumentException(
        field + " '" + value + "' is not supported: one of " + names() + " (or its chain id)");
  }

  private static String names() {
    return Arrays.stream(values()).map(Chain::wireName).collect(Collectors.joining(", "));
  }
}
