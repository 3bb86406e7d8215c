package dev.vizzor.orchestrator.analyst;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a question in plain English: the assets by ticker, pair or name, a horizon, and what is
 * asked, by the words people use for it. With assets but no recognised ask it answers price and
 * prediction, the two things people most want to know about an asset.
 */
final class QuestionReader {
  /** The assets the suite knows (market-service's bundled set), by the names people use. */
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    for (String[] asset :
        new String[][] {
          {"BTC", "bitcoin"},
          {"ETH", "ethereum", "ether"},
          {"BNB", "binance coin"},
          {"SOL", "solana"},
          {"XRP", "ripple"},
          {"DOGE", "dogecoin", "doge"},
          {"ADA", "cardano"},
          {"LINK", "chainlink"}
        }) {
      NAMES.put(asset[0].toLowerCase(Locale.ROOT), asset[0]);
      for (int i = 1; i < asset.length; i++) {
        NAMES.put(asset[i], asset[0]);
      }
    }
  }

  private static final Pattern WORD = Pattern.compile("[a-z]+(?: coin)?|\\d+\\s*[hd]\\b");
  private static final Pattern HORIZON =
      Pattern.compile(
          "\\b(1\\s*h|4\\s*h|1\\s*d|24\\s*h|hourly|daily|4[- ]hours?|one hour|a day)\\b");
  private static final List<Pattern> STRATEGIES =
      Stream.of("momentum", "breakout", "mean_reversion", "trend", "chronovisor")
          .map(name -> Pattern.compile("\\b" + name + "\\b"))
          .toList();

  private QuestionReader() {}

  static Question read(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> symbols = symbols(lower);
    Set<Ask> asks = EnumSet.noneOf(Ask.class);
    when(lower, asks, Ask.PRICE, "price", "cost", "worth", "how much", "trading at", "quote");
    when(
        lower,
        asks,
        Ask.PREDICTION,
        "predict",
        "forecast",
        "chronovisor",
        "outlook",
        "direction",
        "going to",
        "will it",
        "up or down");
    when(lower, asks, Ask.ACCURACY, "accura", "track record", "hit rate", "how good", "reliab");
    when(lower, asks, Ask.SIGNAL, "signal", "win rate", "winrate", "long or short");
    when(lower, asks, Ask.TRENDING, "trending", "movers", "moving most", "hot ", "market today");
    when(lower, asks, Ask.FEAR_GREED, "fear", "greed", "sentiment", "mood");
    when(lower, asks, Ask.BACKTEST, "backtest", "back-test", "back test");
    String strategy = strategy(lower);
    if (strategy != null && lower.contains("strateg")) {
      asks.add(Ask.BACKTEST);
    }
    if (asks.isEmpty() && !symbols.isEmpty()) {
      asks.add(Ask.PRICE);
      asks.add(Ask.PREDICTION);
    }
    return new Question(symbols, horizon(lower), asks, strategy == null ? "momentum" : strategy);
  }

  private static List<String> symbols(String lower) {
    List<String> found = new ArrayList<>();
    Matcher words = WORD.matcher(lower);
    while (words.find()) {
      String symbol = NAMES.get(words.group());
      if (symbol != null && !found.contains(symbol)) {
        found.add(symbol);
      }
    }
    return found;
  }

  private static String horizon(String lower) {
    Matcher m = HORIZON.matcher(lower);
    if (!m.find()) {
      return null;
    }
    String said = m.group(1).replace(" ", "");
    return switch (said) {
      case "1h", "hourly", "onehour" -> "1h";
      case "4h", "4-hour", "4-hours", "4hour", "4hours" -> "4h";
      default -> "1d";
    };
  }

  private static String strategy(String lower) {
    String normal =
        lower
            .replace("mean reversion", "mean_reversion")
            .replace("mean-reversion", "mean_reversion");
    for (Pattern name : STRATEGIES) {
      Matcher found = name.matcher(normal);
      if (found.find()) {
        return found.group();
      }
    }
    return null;
  }

  private static void when(String lower, Set<Ask> asks, Ask ask, String... words) {
    for (String word : words) {
      if (lower.contains(word)) {
        asks.add(ask);
        return;
      }
    }
  }
}
