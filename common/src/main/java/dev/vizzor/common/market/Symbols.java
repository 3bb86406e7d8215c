package dev.vizzor.common.market;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Symbols as the services key them: the base asset in upper case, as market-service's ticks name
 * it. {@code btc}, {@code BTC}, {@code BTCUSDT} and {@code BTC/USDT} (as watchers name it) are the
 * same symbol.
 */
public final class Symbols {
  private static final Pattern VALID = Pattern.compile("[A-Z0-9]{1,15}");
  private static final String QUOTE = "USDT";

  private Symbols() {}

  /**
   * @throws IllegalArgumentException for anything but 1–15 letters or digits
   */
  public static String normalize(String raw) {
    String symbol = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    if (symbol.endsWith("/" + QUOTE)) {
      symbol = symbol.substring(0, symbol.length() - QUOTE.length() - 1);
    }
    if (symbol.endsWith(QUOTE) && symbol.length() > QUOTE.length()) {
      symbol = symbol.substring(0, symbol.length() - QUOTE.length());
    }
    if (!VALID.matcher(symbol).matches()) {
      throw new IllegalArgumentException(
          "symbol must be 1-15 letters or digits, such as BTC, BTCUSDT or BTC/USDT, not '"
              + raw
              + "'");
    }
    return symbol;
  }

  /** The pair as watchers and market-service's pipeline name it: {@code BTC/USDT}. */
  public static String pair(String symbol) {
    return symbol + "/" + QUOTE;
  }
}
