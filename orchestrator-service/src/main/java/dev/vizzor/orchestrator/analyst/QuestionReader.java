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
 * prediction, the two things people most want to know about an asset. A question that speaks of an
 * agent asks one thing of the user's agents and nothing else: create one, stop or start one, one's
 * statistics when it names one, or else the list. A message with an address, code or Solidity in it
 * asks one security check about that ({@link SecurityReader}).
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

  /**
   * An agent's name as agent-service allows it, after "named" or "called", after "agent", or after
   * "stats of"; read from the question as written, since names are case-sensitive.
   */
  private static final String NAME = "[\"'`]?([A-Za-z0-9][A-Za-z0-9_.-]{0,63})";

  private static final List<Pattern> AGENT_NAMES =
      Stream.of(
              "\\b(?:named|called)\\s+" + NAME,
              "\\bagent\\s+" + NAME,
              "\\b(?:stats|statistics|performance)\\s+(?:of|for)\\s+" + NAME)
          .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
          .toList();

  /** Words where a name could be (after "agent", "stats of") that are not one. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "a",
          "an",
          "the",
          "my",
          "agent",
          "agents",
          "named",
          "called",
          "on",
          "for",
          "with",
          "using",
          "that",
          "to",
          "is",
          "and",
          "of",
          "stats",
          "statistics",
          "performance",
          "please",
          "doing",
          "trading");

  /** Not "make": "how much did agent x make" asks for its figures. */
  private static final Pattern CREATE = Pattern.compile("\\b(create|set up|new agent)\\b");

  /** "stop", but not the stop-loss a new agent may be given. */
  private static final Pattern STOP = Pattern.compile("\\b(stop|pause)\\b(?![- ]loss)");

  private static final Pattern START = Pattern.compile("\\b(start|resume)\\b");

  private QuestionReader() {}

  static Question read(String text) {
    SecurityReader.Read security = SecurityReader.read(text);
    if (security != null) {
      // an address or pasted code is what the message is about; its words name no asset
      return new Question(
          List.of(), null, EnumSet.of(security.ask()), null, null, security.target());
    }
    Matcher named = agentName(text);
    String agent = named == null ? null : trimmed(named.group(1));
    // the name is not read again as assets ("btc-momentum" names no BTC)
    String lower =
        (named == null
                ? text
                : text.substring(0, named.start(1)) + " " + text.substring(named.end(1)))
            .toLowerCase(Locale.ROOT);
    List<String> symbols = symbols(lower);
    String strategy = strategy(lower);
    Ask agentAsk = agentAsk(lower, agent);
    if (agentAsk != null) {
      return new Question(symbols, null, EnumSet.of(agentAsk), strategy, agent, null);
    }
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
    if (strategy != null && lower.contains("strateg")) {
      asks.add(Ask.BACKTEST);
    }
    if (asks.isEmpty() && !symbols.isEmpty()) {
      asks.add(Ask.PRICE);
      asks.add(Ask.PREDICTION);
    }
    return new Question(symbols, horizon(lower), asks, strategy, null, null);
  }

  /** What a question about agents asks; null when it speaks of none. */
  private static Ask agentAsk(String lower, String agent) {
    if (!lower.contains("agent")) {
      return null;
    }
    if (CREATE.matcher(lower).find()) {
      return Ask.CREATE_AGENT;
    }
    if (STOP.matcher(lower).find()) {
      return Ask.STOP_AGENT;
    }
    if (START.matcher(lower).find()) {
      return Ask.START_AGENT;
    }
    return agent == null ? Ask.LIST_AGENTS : Ask.AGENT_STATS;
  }

  /** The first of {@link #AGENT_NAMES} that names something other than a common word. */
  private static Matcher agentName(String text) {
    for (Pattern pattern : AGENT_NAMES) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (!NOT_NAMES.contains(trimmed(m.group(1)).toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
    }
    return null;
  }

  /** A name without the full stop that ends the sentence it closes. */
  private static String trimmed(String name) {
    return name.replaceAll("\\.+$", "");
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
