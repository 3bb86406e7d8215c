package dev.vizzor.orchestrator.analyst;

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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tool calls that answer a question: name and arguments, in the order the answer uses. */
final class ToolPlan {
  record Step(String tool, ObjectNode arguments) {}

  /**
   * What a new agent gets that the question does not say: agent-service's own defaults
   * (docs/AGENTS.md), written out since create_agent asks for them.
   */
  private static final String DEFAULT_INTERVAL = "candle";

  private static final int DEFAULT_CAPITAL = 10_000;

  /** The file name a Solidity source pasted into the chat is audited (and located) under. */
  static final String PASTED_SOURCE = "pasted.sol";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ToolPlan() {}

  static List<Step> of(Question q) {
    if (q.target() != null) {
      return List.of(securityStep(q));
    }
    Ask agentAsk = q.agentAsk();
    if (agentAsk != null) {
      return agentStep(q, agentAsk).map(List::of).orElse(List.of());
    }
    List<Step> steps = new ArrayList<>();
    if (q.asks(Ask.PRICE) && q.symbols().size() == 1) {
      steps.add(new Step(PRICE, args().put("symbol", q.symbols().get(0))));
    } else if (q.asks(Ask.PRICE) && q.symbols().size() > 1) {
      ObjectNode args = args();
      q.symbols().forEach(args.putArray("symbols")::add);
      steps.add(new Step(PRICES, args));
    }
    for (String symbol : q.symbols()) {
      if (q.asks(Ask.PREDICTION)) {
        steps.add(new Step(PREDICTION, withHorizon(args().put("symbol", symbol), q)));
      }
      if (q.asks(Ask.ACCURACY)) {
        steps.add(new Step(ACCURACY, withHorizon(args().put("symbol", symbol), q)));
      }
      if (q.asks(Ask.BACKTEST)) {
        ObjectNode args = args().put("symbol", symbol);
        args.put("interval", q.horizon() == null ? "1h" : q.horizon());
        args.putObject("strategy").put("type", q.strategy() == null ? "momentum" : q.strategy());
        steps.add(new Step(BACKTEST, args));
      }
    }
    if (q.asks(Ask.ACCURACY) && q.symbols().isEmpty()) {
      steps.add(new Step(ACCURACY, withHorizon(args(), q)));
    }
    if (q.asks(Ask.SIGNAL) && !q.symbols().isEmpty()) {
      ObjectNode args = args();
      q.symbols().forEach(args.putArray("symbols")::add);
      steps.add(new Step(SIGNALS, args));
    }
    if (q.asks(Ask.TRENDING)) {
      steps.add(new Step(TRENDING, args()));
    }
    if (q.asks(Ask.FEAR_GREED)) {
      steps.add(new Step(FEAR_GREED, args()));
    }
    return steps;
  }

  /**
   * The one call an agent question makes; none while it lacks what the call needs (the agent's
   * name; for a new agent also its strategy and assets), which the answer then asks for.
   */
  private static Optional<Step> agentStep(Question q, Ask ask) {
    if (ask == Ask.LIST_AGENTS) {
      return Optional.of(new Step(LIST_AGENTS, args()));
    }
    if (q.agent() == null) {
      return Optional.empty();
    }
    ObjectNode named = args().put("name", q.agent());
    return switch (ask) {
      case START_AGENT -> Optional.of(new Step(START_AGENT, named));
      case STOP_AGENT -> Optional.of(new Step(STOP_AGENT, named));
      case AGENT_STATS -> Optional.of(new Step(AGENT_STATS, named));
      default -> {
        if (q.strategy() == null || q.symbols().isEmpty()) {
          yield Optional.empty();
        }
        ObjectNode strategy = named.putObject("strategy").put("type", q.strategy());
        strategy.putObject("params");
        q.symbols().forEach(named.putArray("symbols")::add);
        named.put("interval", DEFAULT_INTERVAL).put("capital", DEFAULT_CAPITAL);
        yield Optional.of(new Step(CREATE_AGENT, named));
      }
    };
  }

  /** The one check a security question asks, with what it names (market-service checks it). */
  private static Step securityStep(Question q) {
    SecurityTarget t = q.target();
    ObjectNode args = args();
    if (t.source() != null) {
      args.putArray("sources").addObject().put("path", PASTED_SOURCE).put("content", t.source());
      return new Step(AUDIT_CONTRACT, args);
    }
    if (t.address() != null) {
      args.put("chain", t.chain()).put("address", t.address());
    }
    if (q.asks(Ask.TRACK)) {
      return new Step(TRACK_WALLET, args);
    }
    if (t.bytecode() != null) {
      args.put("bytecode", t.bytecode());
    }
    return new Step(q.asks(Ask.AUDIT) ? AUDIT_CONTRACT : SCAN_TOKEN, args);
  }

  private static ObjectNode args() {
    return JSON.createObjectNode();
  }

  private static ObjectNode withHorizon(ObjectNode args, Question q) {
    return q.horizon() == null ? args : args.put("horizon", q.horizon());
  }
}
