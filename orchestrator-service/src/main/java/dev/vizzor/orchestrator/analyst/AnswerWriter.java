package dev.vizzor.orchestrator.analyst;

import static dev.vizzor.orchestrator.analyst.Numbers.fixed;
import static dev.vizzor.orchestrator.analyst.Numbers.percent;
import static dev.vizzor.orchestrator.analyst.Numbers.present;
import static dev.vizzor.orchestrator.domain.ToolNames.ACCURACY;
import static dev.vizzor.orchestrator.domain.ToolNames.AGENT_STATS;
import static dev.vizzor.orchestrator.domain.ToolNames.AUDIT_CONTRACT;
import static dev.vizzor.orchestrator.domain.ToolNames.BACKTEST;
import static dev.vizzor.orchestrator.domain.ToolNames.CREATE_AGENT;
import static dev.vizzor.orchestrator.domain.ToolNames.FEAR_GREED;
import static dev.vizzor.orchestrator.domain.ToolNames.LIST_AGENTS;
import static dev.vizzor.orchestrator.domain.ToolNames.PREDICTION;
import static dev.vizzor.orchestrator.domain.ToolNames.PRICE;
import static dev.vizzor.orchestrator.domain.ToolNames.PRICES;
import static dev.vizzor.orchestrator.domain.ToolNames.SCAN_TOKEN;
import static dev.vizzor.orchestrator.domain.ToolNames.SIGNALS;
import static dev.vizzor.orchestrator.domain.ToolNames.START_AGENT;
import static dev.vizzor.orchestrator.domain.ToolNames.STOP_AGENT;
import static dev.vizzor.orchestrator.domain.ToolNames.TRACK_WALLET;
import static dev.vizzor.orchestrator.domain.ToolNames.TRENDING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Writes the local analyst's answer from the tool results alone: every number in it is one of
 * theirs (rounded, or a fraction as a percentage), each with the source its service named ({@code
 * replay} or live), and a tool that failed is said to have failed, never filled in.
 */
final class AnswerWriter {
  /** One tool's answer for the question: its result, or the error it gave. */
  record Result(String tool, JsonNode arguments, JsonNode result, String error) {}

  static final String HELP =
      "I can answer from the suite's own data: prices (\"price of BTC\"), ChronoVisor predictions"
          + " and their accuracy (\"predict ETH 4h\", \"how accurate is ChronoVisor on BTC\"),"
          + " pipeline signals and win rates (\"signal for BTC/USDT\"), trending assets, the Fear &"
          + " Greed index, and backtests (\"backtest a momentum strategy on SOL\"). I can also"
          + " list your paper-trading agents (\"list my agents\"), create one (\"create a"
          + " momentum agent on BTC named btc-momo\"), start or stop one (\"start agent"
          + " btc-momo\") and show its figures (\"stats of agent btc-momo\"). The assets I know"
          + " are BTC, ETH, BNB, SOL, XRP, DOGE, ADA and LINK. Before you buy, I can scan a token"
          + " (\"scan 0x… on bsc\"), audit a contract (\"audit 0x… on ethereum\", or paste its"
          + " Solidity) and track a wallet (\"track wallet 0x… on polygon\").";

  private static final String AGENT_EXAMPLE =
      " (\"create a momentum agent on BTC named btc-momo\"; strategies: momentum, breakout,"
          + " mean_reversion, trend, chronovisor).";

  private AnswerWriter() {}

  static String write(Question question, List<Result> results) {
    if (results.isEmpty() && question.agentAsk() != null) {
      return missingForAgent(question);
    }
    if (results.isEmpty()) {
      return question.asks().isEmpty() || question.symbols().isEmpty()
          ? HELP
          : "Name an asset to ask about (BTC, ETH, BNB, SOL, XRP, DOGE, ADA or LINK).";
    }
    StringBuilder out = new StringBuilder();
    SecurityTarget target = question.target();
    if (target != null && target.address() != null && !target.chainNamed()) {
      out.append("No chain was named, so I asked ").append(target.chain()).append(".\n");
    }
    for (Result r : results) {
      if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
        out.append("\n\n");
      }
      if (r.error() != null && isSecurityCheck(r.tool())) {
        out.append(describe(r)).append(" did not run: ").append(r.error());
        out.append(
            r.tool().equals(TRACK_WALLET)
                ? ". No wallet data was read."
                : ". Nothing was checked, so this says nothing about its safety.");
        continue;
      }
      if (r.error() != null) {
        out.append(describe(r))
            .append(changesAgent(r.tool()) ? " failed: " : " could not be fetched: ");
        out.append(r.error()).append('.');
        continue;
      }
      switch (r.tool()) {
        case PRICE -> price(out, r.result());
        case PRICES -> prices(out, r.result());
        case PREDICTION -> prediction(out, r.result());
        case ACCURACY -> accuracy(out, r.arguments(), r.result());
        case SIGNALS -> signals(out, r.arguments(), r.result());
        case TRENDING -> trending(out, r.result());
        case FEAR_GREED -> fearGreed(out, r.result());
        case BACKTEST -> backtest(out, r.result());
        case LIST_AGENTS -> agents(out, r.result());
        case CREATE_AGENT -> created(out, r.result());
        case START_AGENT, STOP_AGENT -> status(out, r.result());
        case AGENT_STATS -> agentStats(out, r.arguments(), r.result());
        case SCAN_TOKEN -> SecurityAnswers.scan(out, r.result());
        case AUDIT_CONTRACT -> SecurityAnswers.audit(out, r.result());
        case TRACK_WALLET -> SecurityAnswers.track(out, r.result());
        default -> out.append(r.tool()).append(" answered.");
      }
    }
    return out.toString();
  }

  private static String describe(Result r) {
    String symbol = r.arguments().path("symbol").asText("");
    String agent = r.arguments().path("name").asText("");
    String address = r.arguments().path("address").asText("");
    String about = symbol.isEmpty() ? (agent.isEmpty() ? address : agent) : symbol;
    return r.tool().replace('_', ' ') + (about.isEmpty() ? "" : " for " + about);
  }

  private static boolean isSecurityCheck(String tool) {
    return tool.equals(SCAN_TOKEN) || tool.equals(AUDIT_CONTRACT) || tool.equals(TRACK_WALLET);
  }

  private static boolean changesAgent(String tool) {
    return tool.equals(CREATE_AGENT) || tool.equals(START_AGENT) || tool.equals(STOP_AGENT);
  }

  /** What an agent question lacks for its call: the agent's name, or a new agent's particulars. */
  private static String missingForAgent(Question q) {
    Ask ask = q.agentAsk();
    if (ask == Ask.CREATE_AGENT && q.agent() != null) {
      return (q.strategy() == null ? "Name a strategy" : "Name the assets it trades (BTC, ETH…)")
          + " for the new agent"
          + AGENT_EXAMPLE;
    }
    if (ask == Ask.CREATE_AGENT) {
      return "Name the new agent, its strategy and its assets" + AGENT_EXAMPLE;
    }
    String verb =
        switch (ask) {
          case START_AGENT -> "start";
          case STOP_AGENT -> "stop";
          default -> "report on";
        };
    return "Name the agent to "
        + verb
        + " (\""
        + verb
        + " agent btc-momo\"); \"list my agents\""
        + " shows their names.";
  }

  private static void agents(StringBuilder out, JsonNode list) {
    JsonNode agents = list.path("agents");
    if (agents.isEmpty()) {
      out.append("You have no agents yet. Create one with a name, a strategy and assets")
          .append(AGENT_EXAMPLE);
      return;
    }
    out.append("Your agents:");
    for (JsonNode agent : agents) {
      out.append("\n- ");
      agent(out, agent);
    }
  }

  /** One agent in a line: name, strategy, assets, cadence, capital and status. */
  private static void agent(StringBuilder out, JsonNode a) {
    JsonNode strategy = a.path("strategy");
    out.append(a.path("name").asText()).append(": ").append(strategy.path("type").asText());
    if (!strategy.path("params").isEmpty()) {
      out.append(' ').append(strategy.path("params"));
    }
    out.append(" on ").append(join(a.path("symbols"))).append(", ");
    String interval = a.path("interval").asText();
    out.append("candle".equals(interval) ? "each closed candle" : "every " + interval);
    out.append(", capital ").append(fixed(a.path("capital"), 2)).append(" USDT, ");
    out.append(a.path("status").asText());
    if (a.path("halted").asBoolean(false)) {
      out.append(", halted by an emergency stop");
    }
  }

  private static void created(StringBuilder out, JsonNode a) {
    out.append("Created agent ");
    agent(out, a);
    JsonNode risk = a.path("risk");
    out.append(". Risk limits: position at most ").append(fixed(risk.path("maxPositionPct"), 2));
    out.append(" % of equity, stop-loss ").append(fixed(risk.path("stopLossPct"), 2));
    out.append(" %, take-profit ").append(fixed(risk.path("takeProfitPct"), 2));
    out.append(" %, at most ").append(risk.path("maxTradesPerDay").asInt());
    out.append(" trades a day. It trades once started (\"start agent ");
    out.append(a.path("name").asText()).append("\").");
  }

  private static void status(StringBuilder out, JsonNode a) {
    out.append("Agent ").append(a.path("name").asText()).append(" is ");
    out.append(a.path("status").asText());
    out.append(
        "running".equals(a.path("status").asText())
            ? ": it trades from the next tick on"
            : ": it keeps its cash and positions");
    if (a.path("halted").asBoolean(false)) {
      out.append(", but an emergency stop holds it until it is lifted");
    }
    out.append('.');
  }

  private static void agentStats(StringBuilder out, JsonNode arguments, JsonNode s) {
    out.append("Agent ").append(arguments.path("name").asText()).append(": equity ");
    out.append(fixed(s.path("equity"), 2)).append(" USDT on a capital of ");
    out.append(fixed(s.path("capital"), 2)).append(" USDT (");
    out.append(signed(fixed(s.path("returnPct"), 2))).append(" %), realised PnL ");
    out.append(fixed(s.path("realizedPnl"), 2)).append(" USDT, unrealised ");
    out.append(fixed(s.path("unrealizedPnl"), 2)).append(" USDT; ");
    out.append(s.path("tradeCount").asInt()).append(" trades, ");
    out.append(s.path("closedTrades").asInt()).append(" of them closing a position");
    if (present(s.get("winRate"))) {
      out.append(", win rate ").append(percent(s.get("winRate"), 1));
    }
    if (present(s.get("profitFactor"))) {
      out.append(", profit factor ").append(fixed(s.get("profitFactor"), 2));
    }
    if (present(s.get("sharpe"))) {
      out.append(", Sharpe ").append(fixed(s.get("sharpe"), 2));
    }
    out.append("; maximum drawdown ").append(fixed(s.path("maxDrawdownPct"), 2));
    out.append(" %, exposure ").append(fixed(s.path("exposurePct"), 2)).append(" %.");
  }

  private static void price(StringBuilder out, JsonNode p) {
    out.append(p.path("symbol").asText()).append(" is at ").append(fixed(p.path("price"), 2));
    out.append(" USDT");
    if (present(p.get("change24hPercent"))) {
      out.append(" (").append(signed(fixed(p.get("change24hPercent"), 2))).append(" % in 24 h)");
    }
    out.append(", as of ").append(p.path("asOf").asText());
    out.append(" (source: ").append(p.path("source").asText()).append(").");
  }

  private static void prices(StringBuilder out, JsonNode batch) {
    for (JsonNode p : batch.path("prices")) {
      if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      price(out, p);
    }
    for (JsonNode failed : batch.path("failed")) {
      out.append("\n").append(failed.path("symbol").asText()).append(" has no price: ");
      out.append(failed.path("message").asText(failed.path("error").asText())).append('.');
    }
  }

  private static void prediction(StringBuilder out, JsonNode view) {
    String symbol = view.path("symbol").asText();
    for (JsonNode horizon : view.path("horizons")) {
      JsonNode p = horizon.path("latest");
      if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      if (p.isMissingNode() || p.isNull()) {
        out.append("ChronoVisor has no ").append(horizon.path("horizon").asText());
        out.append(" prediction for ").append(symbol).append(" yet.");
        continue;
      }
      JsonNode probs = p.path("probabilities");
      out.append("ChronoVisor ").append(symbol).append(' ').append(p.path("horizon").asText());
      out.append(": ").append(p.path("direction").asText());
      out.append(" (up ").append(fixed(probs.path("up"), 2));
      out.append(", down ").append(fixed(probs.path("down"), 2));
      out.append(", sideways ").append(fixed(probs.path("sideways"), 2)).append("), tier ");
      out.append(p.path("tier").asText()).append(", from ").append(fixed(p.path("entryPrice"), 2));
      out.append(" with target ").append(fixed(p.path("targetPrice"), 2));
      out.append(" and invalidation ").append(fixed(p.path("invalidationPrice"), 2));
      out.append(", resolving at ").append(p.path("resolvesAt").asText()).append('.');
      JsonNode record = horizon.path("record");
      if (record.path("n").asInt() > 0 && present(record.get("winRate"))) {
        out.append(" Its record at this horizon: ").append(record.path("hit").asInt());
        out.append(" hits and ").append(record.path("miss").asInt()).append(" misses, win rate ");
        out.append(percent(record.get("winRate"), 1)).append('.');
      } else {
        out.append(" No prediction at this horizon has resolved yet.");
      }
    }
  }

  private static void accuracy(StringBuilder out, JsonNode arguments, JsonNode view) {
    JsonNode h = view.path("report").path("headline");
    String scope = arguments.path("symbol").asText("all assets");
    out.append("ChronoVisor's record on ").append(scope);
    if (h.path("n").asInt() == 0) {
      out.append(": no prediction has resolved yet (").append(h.path("pending").asInt());
      out.append(" pending).");
      return;
    }
    out.append(": ").append(h.path("n").asInt()).append(" resolved, ");
    out.append(h.path("hit").asInt()).append(" hits, ").append(h.path("miss").asInt());
    out.append(" misses");
    if (present(h.get("winRate"))) {
      out.append(", win rate ").append(percent(h.get("winRate"), 1));
      JsonNode interval = h.path("winRateInterval");
      if (present(interval.get("low")) && present(interval.get("high"))) {
        out.append(" (95 % interval ").append(percent(interval.get("low"), 1));
        out.append(" to ").append(percent(interval.get("high"), 1)).append(')');
      }
    }
    if (present(h.get("brier"))) {
      out.append(", Brier score ").append(fixed(h.get("brier"), 3));
    }
    out.append('.');
  }

  private static void signals(StringBuilder out, JsonNode arguments, JsonNode view) {
    JsonNode series = view.path("series");
    if (series.isEmpty()) {
      out.append("No watched series for ").append(join(arguments.path("symbols")));
      out.append(" has a signal yet: signals come from watchers (the signed webhook).");
      return;
    }
    for (JsonNode s : series) {
      JsonNode latest = s.path("latest");
      JsonNode strategy = latest.path("strategy");
      if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      out.append("The current signal for ").append(latest.path("pair").asText()).append(" on ");
      out.append(latest.path("timeframe").asText())
          .append(" (")
          .append(strategy.path("type").asText());
      out.append(' ').append(strategy.path("params")).append(") is ");
      out.append(latest.path("signal").asText()).append(" with a score of ");
      out.append(fixed(latest.path("score"), 2)).append(", as of ");
      out.append(latest.path("candleTime").asText()).append('.');
      JsonNode rate = s.path("winRate");
      if (present(rate.get("winRate"))) {
        out.append(" Win rate ").append(percent(rate.get("winRate"), 1)).append(" over ");
        out.append(rate.path("n").asInt()).append(" labelled signals");
        JsonNode w = rate.path("wilson");
        if (present(w.get("low")) && present(w.get("high"))) {
          out.append(" (Wilson 95 % ").append(percent(w.get("low"), 1)).append(" to ");
          out.append(percent(w.get("high"), 1)).append(')');
        }
        out.append('.');
      } else {
        out.append(" No signal of this series has been labelled yet.");
      }
    }
  }

  private static void trending(StringBuilder out, JsonNode view) {
    out.append("Trending now (source: ").append(view.path("source").asText()).append("):");
    for (JsonNode item : view.path("items")) {
      out.append("\n- ").append(item.path("symbol").asText());
      if (present(item.get("priceChange24hPercent"))) {
        out.append(' ').append(signed(fixed(item.get("priceChange24hPercent"), 2))).append(" %");
        out.append(" in 24 h");
      }
      out.append(": ").append(item.path("reason").asText());
    }
  }

  private static void fearGreed(StringBuilder out, JsonNode view) {
    out.append("The Fear & Greed index is ").append(view.path("value").asInt()).append(" (");
    out.append(view.path("classification").asText()).append("), as of ");
    out.append(view.path("timestamp").asText()).append(" (source: ");
    out.append(view.path("source").asText()).append(").");
  }

  private static void backtest(StringBuilder out, JsonNode view) {
    JsonNode m = view.path("metrics");
    JsonNode strategy = view.path("strategy");
    out.append("Backtest of ").append(strategy.path("type").asText()).append(' ');
    out.append(strategy.path("params")).append(" on ").append(view.path("symbol").asText());
    out.append(' ').append(view.path("interval").asText()).append(" from ");
    out.append(view.path("from").asText()).append(" to ").append(view.path("to").asText());
    out.append(" (").append(view.path("candles").asInt()).append(" candles, source: ");
    out.append(view.path("source").asText()).append("): total return ");
    out.append(percent(m.path("totalReturn"), 2));
    if (present(m.get("sharpe"))) {
      out.append(", Sharpe ").append(fixed(m.get("sharpe"), 2));
    }
    out.append(", maximum drawdown ").append(percent(m.path("maxDrawdown"), 2));
    out.append(", ").append(m.path("tradeCount").asInt()).append(" trades");
    if (present(m.get("winRate"))) {
      out.append(" winning ").append(percent(m.get("winRate"), 1));
    }
    JsonNode hold = view.path("buyAndHold").path("metrics");
    if (present(hold.get("totalReturn"))) {
      out.append("; buy-and-hold over the same candles: ");
      out.append(percent(hold.get("totalReturn"), 2));
    }
    out.append('.');
  }

  private static String signed(String number) {
    return number.startsWith("-") ? number : "+" + number;
  }

  static String join(JsonNode list) {
    StringBuilder s = new StringBuilder();
    list.forEach(item -> s.append(s.isEmpty() ? "" : ", ").append(item.asText()));
    return s.toString();
  }
}
