package dev.vizzor.market.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tradable asset, always quoted in USDT: the canonical upper-case base symbol ({@code BTC}) and
 * its quote ({@code USDT}). Build one from user input with {@link SymbolNormalizer}; this record
 * only accepts symbols that are already canonical.
 */
public record Asset(String base, String quote) {
  public static final String USDT = "USDT";
  private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{1,20}");

  public Asset {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
    if (!CANONICAL.matcher(base).matches() || !CANONICAL.matcher(quote).matches()) {
      throw new InvalidSymbolException("not a canonical asset: " + base + "/" + quote);
    }
  }

  /** The asset {@code base}/USDT. */
  public static Asset of(String base) {
    return new Asset(base, USDT);
  }

  /** The exchange pair symbol, e.g. {@code BTCUSDT}. */
  public String pair() {
    return base + quote;
  }

  @Override
  public String toString() {
    return base + "/" + quote;
  }
}
