package dev.vizzor.agent.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names Polymarket's questions give the assets the suite trades ("Bitcoin Up or Down", "Will
 * Ethereum reach $5,000…", "ETH above…"). A symbol without an entry is looked for by its ticker
 * alone. Names are matched as whole words, case-insensitively; tickers only in capitals, so "LINK"
 * is Chainlink but "link" is not.
 */
public final class PolymarketSymbols {
  private static final Map<String, List<String>> NAMES =
      Map.of(
          "BTC", List.of("Bitcoin", "BTC"),
          "ETH", List.of("Ethereum", "Ether", "ETH"),
          "SOL", List.of("Solana", "SOL"),
          "XRP", List.of("XRP", "Ripple"),
          "DOGE", List.of("Dogecoin", "DOGE"),
          "BNB", List.of("BNB", "Binance Coin"),
          "ADA", List.of("Cardano", "ADA"),
          "LINK", List.of("Chainlink", "LINK"));

  private PolymarketSymbols() {}

  public static List<String> names(String symbol) {
    return NAMES.getOrDefault(symbol, List.of(symbol));
  }

  /** Whether {@code text} names {@code symbol}. */
  public static boolean named(String text, String symbol) {
    if (text == null) {
      return false;
    }
    for (String name : names(symbol)) {
      boolean ticker = name.equals(symbol) || name.chars().allMatch(Character::isUpperCase);
      Pattern word =
          Pattern.compile(
              "(?<![\\p{Alnum}])" + Pattern.quote(name) + "(?![\\p{Alnum}])",
              ticker ? 0 : Pattern.CASE_INSENSITIVE);
      if (word.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
