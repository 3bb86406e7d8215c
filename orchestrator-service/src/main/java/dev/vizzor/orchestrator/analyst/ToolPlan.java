package dev.vizzor.orchestrator.analyst;

import static dev.vizzor.orchestrator.domain.ToolNames.ACCURACY;
import static dev.vizzor.orchestrator.domain.ToolNames.BACKTEST;
import static dev.vizzor.orchestrator.domain.ToolNames.FEAR_GREED;
import static dev.vizzor.orchestrator.domain.ToolNames.PREDICTION;
import static dev.vizzor.orchestrator.domain.ToolNames.PRICE;
import static dev.vizzor.orchestrator.domain.ToolNames.PRICES;
import static dev.vizzor.orchestrator.domain.ToolNames.SIGNALS;
import static dev.vizzor.orchestrator.domain.ToolNames.TRENDING;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The tool calls that answer a question: name and arguments, in the order the answer uses. */
final class ToolPlan {
  record Step(String tool, ObjectNode arguments) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ToolPlan() {}

  static List<Step> of(Question q) {
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
        args.putObject("strategy").put("type", q.strategy());
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

  private static ObjectNode args() {
    return JSON.createObjectNode();
  }

  private static ObjectNode withHorizon(ObjectNode args, Question q) {
    return q.horizon() == null ? args : args.put("horizon", q.horizon());
  }
}
