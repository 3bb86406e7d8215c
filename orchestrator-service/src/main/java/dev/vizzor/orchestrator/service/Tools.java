package dev.vizzor.orchestrator.service;

import static dev.vizzor.orchestrator.domain.ToolNames.ACCURACY;
import static dev.vizzor.orchestrator.domain.ToolNames.AGENT_STATS;
import static dev.vizzor.orchestrator.domain.ToolNames.AUDIT_CONTRACT;
import static dev.vizzor.orchestrator.domain.ToolNames.BACKTEST;
import static dev.vizzor.orchestrator.domain.ToolNames.CREATE_AGENT;
import static dev.vizzor.orchestrator.domain.ToolNames.FEAR_GREED;
import static dev.vizzor.orchestrator.domain.ToolNames.LIST_AGENTS;
import static dev.vizzor.orchestrator.domain.ToolNames.LIST_ALERTS;
import static dev.vizzor.orchestrator.domain.ToolNames.PREDICTION;
import static dev.vizzor.orchestrator.domain.ToolNames.PRICE;
import static dev.vizzor.orchestrator.domain.ToolNames.PRICES;
import static dev.vizzor.orchestrator.domain.ToolNames.SCAN_TOKEN;
import static dev.vizzor.orchestrator.domain.ToolNames.SET_PRICE_ALERT;
import static dev.vizzor.orchestrator.domain.ToolNames.SIGNALS;
import static dev.vizzor.orchestrator.domain.ToolNames.START_AGENT;
import static dev.vizzor.orchestrator.domain.ToolNames.STOP_AGENT;
import static dev.vizzor.orchestrator.domain.ToolNames.TRACK_WALLET;
import static dev.vizzor.orchestrator.domain.ToolNames.TRENDING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.orchestrator.client.AgentCalls;
import dev.vizzor.orchestrator.client.MarketReads;
import dev.vizzor.orchestrator.client.NotificationWrites;
import dev.vizzor.orchestrator.client.PredictionReads;
import dev.vizzor.orchestrator.client.SecurityChecks;
import dev.vizzor.orchestrator.domain.AuditFindings;
import dev.vizzor.orchestrator.domain.ToolCall;
import dev.vizzor.orchestrator.domain.ToolFailure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The tools the model may call, each one call to another service on behalf of the user. A tool that
 * fails (bad arguments, the service's 4xx, a timeout) becomes a tool result the model reads, never
 * a failed chat.
 */
@ApplicationScoped
public class Tools {
  private static final String CHAINS =
      "ethereum, bsc, polygon, arbitrum, optimism, base or avalanche";

  private record Tool(
      ToolSpecification spec, BiFunction<JsonNode, ServiceCall, Uni<JsonNode>> run) {}

  private final Map<String, Tool> tools;
  private final List<ToolSpecification> specifications;
  private final ObjectMapper json;
  private final PredictionReads prediction;

  Tools(
      MarketReads market,
      PredictionReads prediction,
      NotificationWrites notifications,
      AgentCalls agents,
      SecurityChecks security,
      ObjectMapper json) {
    this.json = json;
    this.prediction = prediction;
    // Map.of takes ten entries at most
    Map<String, Tool> readsAndAlerts =
        Map.of(
            PRICE,
            new Tool(
                spec(PRICE, "The latest price of one asset, with its 24 h change.", symbol()),
                (args, call) -> market.price(call, text(args, "symbol"))),
            PRICES,
            new Tool(
                spec(
                    PRICES,
                    "The latest prices of several assets at once.",
                    JsonObjectSchema.builder()
                        .addProperty(
                            "symbols",
                            JsonArraySchema.builder()
                                .items(new JsonStringSchema())
                                .description("tickers, e.g. [\"BTC\", \"ETH\"]")
                                .build())
                        .required("symbols")
                        .build()),
                (args, call) -> market.prices(call, list(args, "symbols"))),
            TRENDING,
            new Tool(
                spec(TRENDING, "The assets moving most now, and why.", none()),
                (args, call) -> market.trending(call)),
            FEAR_GREED,
            new Tool(
                spec(FEAR_GREED, "The crypto Fear & Greed index (0 fear to 100 greed).", none()),
                (args, call) -> market.fearGreed(call)),
            PREDICTION,
            new Tool(
                spec(
                    PREDICTION,
                    "ChronoVisor's latest prediction for an asset (direction up/down/sideways,"
                        + " probabilities, tier, target and invalidation prices) per horizon,"
                        + " with each horizon's track record.",
                    symbolAndHorizon()),
                (args, call) ->
                    prediction.prediction(
                        call, text(args, "symbol"), optionalText(args, "horizon"))),
            ACCURACY,
            new Tool(
                spec(
                    ACCURACY,
                    "How ChronoVisor's resolved predictions scored: win rate with its interval,"
                        + " Brier score and skill.",
                    JsonObjectSchema.builder()
                        .addStringProperty("symbol", "ticker, e.g. BTC; all when omitted")
                        .addStringProperty("horizon", "1h, 4h or 1d; all when omitted")
                        .build()),
                (args, call) ->
                    prediction.accuracy(
                        call, optionalText(args, "symbol"), optionalText(args, "horizon"))),
            BACKTEST,
            new Tool(
                spec(
                    BACKTEST,
                    "Backtests a strategy on an asset's candles: trades, return, Sharpe, drawdown,"
                        + " win rate, next to buy-and-hold. Strategies: momentum {period},"
                        + " breakout {threshold}, mean_reversion {period, k}, trend {fast, slow},"
                        + " chronovisor {tier}.",
                    JsonObjectSchema.builder()
                        .addStringProperty("symbol", "ticker, e.g. BTC")
                        .addStringProperty("interval", "1h, 4h or 1d (default 1h)")
                        .addProperty(
                            "strategy",
                            JsonObjectSchema.builder()
                                .addStringProperty("type", "the strategy's name")
                                .addProperty("params", JsonObjectSchema.builder().build())
                                .required("type")
                                .build())
                        .required("symbol", "strategy")
                        .build()),
                (args, call) -> prediction.backtest(call, args).map(Tools::withoutSeries)),
            SIGNALS,
            new Tool(
                spec(
                    SIGNALS,
                    "The watched-symbol pipeline's latest signal (LONG/SHORT/FLAT with a score in"
                        + " [-1, 1]) and win rate per timeframe and strategy, for some assets.",
                    JsonObjectSchema.builder()
                        .addProperty(
                            "symbols",
                            JsonArraySchema.builder()
                                .items(new JsonStringSchema())
                                .description("pairs or tickers, e.g. [\"BTC/USDT\"]")
                                .build())
                        .required("symbols")
                        .build()),
                (args, call) -> prediction.signals(call, list(args, "symbols"), null)),
            SET_PRICE_ALERT,
            new Tool(
                spec(
                    SET_PRICE_ALERT,
                    "Sets a price alert for the user: notified (and pushed over the WebSocket)"
                        + " when the asset's price is at or above, at or below, or crosses a"
                        + " level. Once, unless recurring.",
                    JsonObjectSchema.builder()
                        .addStringProperty("symbol", "ticker, e.g. BTC")
                        .addEnumProperty("condition", List.of("above", "below", "cross"))
                        .addNumberProperty("price", "the level in USDT")
                        .addBooleanProperty("recurring", "fire again after a cool-down")
                        .required("symbol", "condition", "price")
                        .build()),
                (args, call) -> notifications.createRule(call, priceRule(args))),
            LIST_ALERTS,
            new Tool(
                spec(LIST_ALERTS, "The user's alert rules, newest first.", none()),
                (args, call) -> notifications.rules(call)));
    Map<String, Tool> all = new HashMap<>(readsAndAlerts);
    agentTools(agents).forEach(tool -> all.put(tool.spec().name(), tool));
    securityTools(security).forEach(tool -> all.put(tool.spec().name(), tool));
    this.tools = Map.copyOf(all);
    this.specifications = tools.values().stream().map(Tool::spec).toList();
  }

  /**
   * The user's paper-trading agents in agent-service (docs/AGENTS.md), which checks every field of
   * a new agent and names the one it refuses; what the model sends is passed on field by field,
   * nothing else.
   */
  private List<Tool> agentTools(AgentCalls agents) {
    return List.of(
        new Tool(
            spec(
                LIST_AGENTS,
                "The user's paper-trading agents: name, strategy, symbols, interval, capital,"
                    + " risk limits, status (created, running or stopped) and whether an emergency"
                    + " stop halts them.",
                none()),
            (args, call) -> agents.agents(call)),
        new Tool(
            spec(
                CREATE_AGENT,
                "Creates a paper-trading agent for the user (status created: start_agent makes it"
                    + " trade). It trades spot, long only, on the symbols with its own wallet;"
                    + " nothing places a real order. Strategies: momentum {period},"
                    + " breakout {threshold}, mean_reversion, trend, chronovisor {tier, horizon}.",
                JsonObjectSchema.builder()
                    .addStringProperty(
                        "name",
                        "1-64 letters, digits, '_', '.' or '-', starting with a letter or digit;"
                            + " unique among the user's agents")
                    .addProperty(
                        "strategy",
                        JsonObjectSchema.builder()
                            .addEnumProperty(
                                "type",
                                List.of(
                                    "momentum",
                                    "breakout",
                                    "mean_reversion",
                                    "trend",
                                    "chronovisor"))
                            .addProperty(
                                "params",
                                JsonObjectSchema.builder()
                                    .description("the strategy's parameters; {} for its defaults")
                                    .build())
                            .required("type")
                            .build())
                    .addProperty(
                        "symbols",
                        JsonArraySchema.builder()
                            .items(new JsonStringSchema())
                            .description("1 to 10 base assets, e.g. [\"BTC\", \"ETH\"]")
                            .build())
                    .addStringProperty(
                        "interval",
                        "\"candle\" (decide on each closed hourly candle; use it unless the user"
                            + " names another) or 1m to 7d, such as 15m or 4h; chronovisor takes"
                            + " candle only")
                    .addNumberProperty(
                        "capital", "starting USDT, 100 to 1e9; 10000 unless the user names one")
                    .addProperty(
                        "risk",
                        JsonObjectSchema.builder()
                            .description("optional; each limit defaults as shown")
                            .addNumberProperty("maxPositionPct", "% of equity per position (25)")
                            .addNumberProperty("stopLossPct", "% below cost to sell (5)")
                            .addNumberProperty("takeProfitPct", "% above cost to sell (10)")
                            .addNumberProperty(
                                "maxDailyLossPct", "no buy after this daily loss (5)")
                            .addNumberProperty("maxDrawdownPct", "no buy below this drawdown (20)")
                            .addIntegerProperty("maxTradesPerDay", "fills per UTC day (10)")
                            .build())
                    .required("name", "strategy", "symbols", "interval", "capital")
                    .build()),
            (args, call) -> agents.create(call, newAgent(args))),
        new Tool(
            spec(
                START_AGENT,
                "Starts one of the user's agents: it trades from the next tick on.",
                agentName()),
            (args, call) -> agents.start(call, text(args, "name"))),
        new Tool(
            spec(
                STOP_AGENT,
                "Stops one of the user's agents; it keeps its cash and positions.",
                agentName()),
            (args, call) -> agents.stop(call, text(args, "name"))),
        new Tool(
            spec(
                AGENT_STATS,
                "One of the user's agents' figures: equity, realised and unrealised PnL, return %,"
                    + " win rate, profit factor, Sharpe, max drawdown %, trades, exposure %.",
                agentName()),
            (args, call) -> agents.stats(call, text(args, "name"))));
  }

  /**
   * market-service's security intel (docs/SCAN.md, AUDIT.md, TRACK.md). It checks every field
   * (chains, address format, sizes) and names the one it refuses, so the tools pass the model's
   * arguments on field by field and leave the checking to it.
   */
  private List<Tool> securityTools(SecurityChecks security) {
    return List.of(
        new Tool(
            spec(
                SCAN_TOKEN,
                "Scans a token contract for rug-pull and honeypot risk before the user buys: a"
                    + " 0-100 risk score and flags (honeypot, mintable, pausable, blacklist,"
                    + " changeable balances or fees, proxy, hidden owner, transfer limits,"
                    + " cooldowns), each with its source (GoPlus, our bytecode checks) and"
                    + " evidence, plus holders and liquidity where known. complete=false means"
                    + " some checks did not run: never call such a token safe.",
                JsonObjectSchema.builder()
                    .addStringProperty("chain", CHAINS)
                    .addStringProperty("address", "the token contract, 0x + 40 hex digits")
                    .addStringProperty(
                        "bytecode", "the contract's code as hex, when the user pasted it")
                    .build()),
            (args, call) -> security.scan(call, only(args, "chain", "address", "bytecode"))),
        new Tool(
            spec(
                AUDIT_CONTRACT,
                "Audits a smart contract offline: located findings (rule, category, severity,"
                    + " file and lines or bytecode offset, message, fix) for reentrancy,"
                    + " unchecked calls, tx.origin, unprotected selfdestruct or delegatecall,"
                    + " overflow before 0.8, bad randomness, timestamp dependence, unprotected"
                    + " owner setters, old pragmas, payments in loops. Give Solidity sources, or"
                    + " bytecode, or a chain and address to fetch the deployed code. The 20 worst"
                    + " findings are returned; findingsNotShown counts the rest.",
                JsonObjectSchema.builder()
                    .addProperty(
                        "sources",
                        JsonArraySchema.builder()
                            .items(
                                JsonObjectSchema.builder()
                                    .addStringProperty("path", "a file name, e.g. Token.sol")
                                    .addStringProperty("content", "the Solidity source")
                                    .required("path", "content")
                                    .build())
                            .description("Solidity files as the user gave them")
                            .build())
                    .addStringProperty("bytecode", "deployed code as hex")
                    .addStringProperty("chain", CHAINS + "; with address")
                    .addStringProperty("address", "a contract, 0x + 40 hex digits")
                    .build()),
            (args, call) ->
                security
                    .audit(call, only(args, "sources", "bytecode", "chain", "address"))
                    .map(AuditFindings::worstKept)),
        new Tool(
            spec(
                TRACK_WALLET,
                "Wallet forensics from the chain's node: balance, transaction count, ERC-20"
                    + " transfers in and out over a recent block window, top counterparties,"
                    + " contracts it dealt with, and flags (fresh wallet, mixer or bridge,"
                    + " high-frequency trading, dust) with evidence.",
                JsonObjectSchema.builder()
                    .addStringProperty("chain", CHAINS)
                    .addStringProperty("address", "the wallet, 0x + 40 hex digits")
                    .addIntegerProperty(
                        "windowBlocks", "blocks back from the latest to read; 5000 if omitted")
                    .required("chain", "address")
                    .build()),
            (args, call) -> security.track(call, only(args, "chain", "address", "windowBlocks"))));
  }

  /** The agent agent-service takes for the tool's arguments: only the fields it knows. */
  private ObjectNode newAgent(JsonNode args) {
    ObjectNode agent = only(args, "strategy", "symbols", "interval", "capital", "risk");
    return agent.put("name", text(args, "name"));
  }

  /** The given fields of the model's arguments that are set; the service checks their values. */
  private ObjectNode only(JsonNode args, String... fields) {
    ObjectNode request = json.createObjectNode();
    for (String field : fields) {
      if (args.hasNonNull(field)) {
        request.set(field, args.get(field));
      }
    }
    return request;
  }

  /** The alert rule notification-service takes for the tool's arguments. */
  private ObjectNode priceRule(JsonNode args) {
    String condition = text(args, "condition");
    if (!List.of("above", "below", "cross").contains(condition)) {
      throw new ToolFailure("condition is required: above, below or cross");
    }
    JsonNode price = args.path("price");
    if (!price.isNumber()) {
      throw new ToolFailure("price is required (a number)");
    }
    ObjectNode rule =
        json.createObjectNode()
            .put("type", "price_" + condition)
            .put("symbol", text(args, "symbol"))
            .put("recurring", args.path("recurring").asBoolean(false));
    rule.set("threshold", price);
    return rule;
  }

  /**
   * A backtest without its trade list and equity curves: tens of thousands of tokens the model does
   * not need for an answer (the metrics count the trades), and the user would pay for.
   */
  private static JsonNode withoutSeries(JsonNode backtest) {
    ObjectNode summary = backtest.deepCopy();
    summary.remove("trades");
    summary.remove("equity");
    if (summary.path("buyAndHold").isObject()) {
      ((ObjectNode) summary.get("buyAndHold")).remove("equity");
    }
    return summary;
  }

  /** Sent with every model turn; the same list each time. */
  public List<ToolSpecification> specifications() {
    return specifications;
  }

  /** Runs the model's request on behalf of {@code call}'s user; never fails. */
  public Uni<ToolCall> run(ToolExecutionRequest request, ServiceCall call) {
    Tool tool = tools.get(request.name());
    JsonNode arguments;
    try {
      arguments =
          request.arguments() == null || request.arguments().isBlank()
              ? json.createObjectNode()
              : json.readTree(request.arguments());
    } catch (Exception unreadable) {
      return Uni.createFrom()
          .item(failed(request, NullNode.getInstance(), "arguments are not JSON"));
    }
    if (tool == null) {
      return Uni.createFrom()
          .item(failed(request, arguments, "no tool is named " + request.name()));
    }
    JsonNode given = arguments;
    return Uni.createFrom()
        .deferred(() -> tool.run().apply(given, call))
        .map(result -> new ToolCall(request.id(), request.name(), given, result, null))
        .onFailure()
        .recoverWithItem(
            failure -> failed(request, given, ToolErrors.message(request.name(), failure)));
  }

  /**
   * The pipeline's signals for the symbols the caller's watchers watch (Zmarty's context without
   * symbols). Not a tool the model is offered: the user id is the caller's, never the model's.
   */
  public Uni<ToolCall> watchedSignals(
      ToolExecutionRequest request, String supabaseUser, ServiceCall call) {
    JsonNode arguments = json.createObjectNode().put("watched_by_caller", true);
    return prediction
        .signals(call, null, supabaseUser)
        .map(result -> new ToolCall(request.id(), request.name(), arguments, result, null))
        .onFailure()
        .recoverWithItem(
            failure -> failed(request, arguments, ToolErrors.message(request.name(), failure)));
  }

  private static ToolCall failed(ToolExecutionRequest request, JsonNode arguments, String error) {
    return new ToolCall(request.id(), request.name(), arguments, null, error);
  }

  private static ToolSpecification spec(String name, String description, JsonObjectSchema params) {
    return ToolSpecification.builder()
        .name(name)
        .description(description)
        .parameters(params)
        .build();
  }

  private static JsonObjectSchema none() {
    return JsonObjectSchema.builder().build();
  }

  private static JsonObjectSchema symbol() {
    return JsonObjectSchema.builder()
        .addStringProperty("symbol", "ticker, e.g. BTC")
        .required("symbol")
        .build();
  }

  private static JsonObjectSchema agentName() {
    return JsonObjectSchema.builder()
        .addStringProperty("name", "the agent's name, as list_agents shows it")
        .required("name")
        .build();
  }

  private static JsonObjectSchema symbolAndHorizon() {
    return JsonObjectSchema.builder()
        .addStringProperty("symbol", "ticker, e.g. BTC")
        .addStringProperty("horizon", "1h, 4h or 1d; all when omitted")
        .required("symbol")
        .build();
  }

  private static String text(JsonNode args, String field) {
    JsonNode value = args.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new ToolFailure(field + " is required (a string)");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode args, String field) {
    JsonNode value = args.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static String list(JsonNode args, String field) {
    JsonNode value = args.path(field);
    if (!value.isArray() || value.isEmpty()) {
      throw new ToolFailure(field + " is required (a non-empty list of strings)");
    }
    List<String> items = new ArrayList<>();
    value.forEach(item -> items.add(item.asText()));
    return String.join(",", items);
  }
}
