package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IndexExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierInvocationContext;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;

/**
 * Before 0.5 the compiler did not check the call data's length: a transfer-like function taking
 * (address, amount) called with a short address reads the amount shifted left by the missing bytes
 * (the short address attack), unless it checks {@code msg.data.length} itself.
 */
public final class ShortAddress implements SourceCheck {
  @Override
  public String rule() {
    return "short-address";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (function.contract().file().version().atLeast(5, 0)
          || !function.externallyVisible()
          || function.parameterOrder().size() < 2
          || checksDataLength(function)) {
        continue;
      }
      String to = function.parameterOrder().get(0);
      String amount = function.parameterOrder().get(1);
      boolean shape =
          function.parameters().get(to).getText().equals("address")
              && function.parameters().get(amount).getText().startsWith("uint");
      if (shape && movesBalance(function, to)) {
        findings.add(
            new SourceFinding(
                rule(),
                Category.SHORT_ADDRESSES,
                "low",
                "low",
                function.contract().file(),
                Trees.line(function.definition()),
                function.definition().parameterList(0).getStop().getLine(),
                "In "
                    + function.label()
                    + ", the call data's length is not checked (compiled below 0.5): a call with a"
                    + " short "
                    + to
                    + " shifts "
                    + amount
                    + " left, multiplying it.",
                "Compile with 0.5+, or check msg.data.length (an onlyPayloadSize modifier)."));
      }
    }
    return findings;
  }

  private static boolean checksDataLength(FunctionModel function) {
    if (function.body().get().getText().contains("msg.data.length")) {
      return true;
    }
    for (ModifierInvocationContext invocation : function.modifiers()) {
      var modifier = function.contract().modifier(invocation.userDefinedTypeName().getText());
      if (modifier.isPresent() && modifier.get().getText().contains("msg.data.length")) {
        return true;
      }
      if (modifier.isEmpty() && invocation.getText().toLowerCase().contains("payload")) {
        return true;
      }
    }
    return false;
  }

  /** Debits the caller and credits the address ({@code balances[to] += amount}). */
  private static boolean movesBalance(FunctionModel function, String to) {
    return writesAt(function, to) && writesAt(function, "msg.sender");
  }

  private static boolean writesAt(FunctionModel function, String key) {
    for (ExpressionContext place : Expressions.writtenPlaces(function.body().get())) {
      if (place instanceof IndexExpressionContext index
          && index.expression().size() == 2
          && index.expression(1).getText().equals(key)
          && Expressions.root(place).filter(function::isStateVariable).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
