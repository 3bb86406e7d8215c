package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.AssignmentExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IdentifierExpressionContext;
import dev.vizzor.market.security.audit.model.Calls;
import dev.vizzor.market.security.audit.model.ContractModel;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.LowLevelCall;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ether payout of a stored amount that a public function resets from its caller's input: which
 * transaction is mined first decides what is paid, so a watcher can get ahead of the change (the
 * reward/claim race).
 */
public final class TransactionOrderDependence implements SourceCheck {
  @Override
  public String rule() {
    return "transaction-order-dependence";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (ContractModel contract : sources.contracts()) {
      Set<String> resettable = resettableAmounts(contract);
      for (FunctionModel function : contract.functions()) {
        if (function.body().isEmpty()) {
          continue;
        }
        for (LowLevelCall payout : Calls.lowLevelCalls(function.body().get())) {
          if (!payout.stipendOnly() || payout.call().callArgumentList().expression().isEmpty()) {
            continue;
          }
          ExpressionContext amount =
              Expressions.unwrap(payout.call().callArgumentList().expression(0));
          if (amount instanceof IdentifierExpressionContext stored
              && function.isStateVariable(stored.getText())
              && resettable.contains(stored.getText())) {
            findings.add(
                SourceFinding.at(
                    rule(),
                    Category.FRONT_RUNNING,
                    "medium",
                    "medium",
                    contract.file(),
                    payout.call(),
                    "In "
                        + function.label()
                        + ", the amount paid ("
                        + stored.getText()
                        + ") is set by another transaction's input: whichever is mined first"
                        + " decides what is paid, and a watcher can order them.",
                    "Commit to the amount (or its hash) in advance, or let the payee name the"
                        + " amount it expects and check it."));
          }
        }
      }
    }
    return findings;
  }

  /** Plain (non-mapping) state variables a public function assigns from msg.value or its input. */
  private static Set<String> resettableAmounts(ContractModel contract) {
    Set<String> resettable = new HashSet<>();
    for (FunctionModel function : contract.allFunctions()) {
      if (function.body().isEmpty()
          || !function.externallyVisible()
          || function.kind() == FunctionModel.Kind.CONSTRUCTOR) {
        continue;
      }
      for (AssignmentExpressionContext assignment :
          Trees.all(function.body().get(), AssignmentExpressionContext.class)) {
        if (!(assignment.expression(0) instanceof IdentifierExpressionContext target)
            || !function.isStateVariable(target.getText())) {
          continue;
        }
        String value = assignment.expression(1).getText();
        boolean fromCaller =
            value.contains("msg.value")
                || Expressions.names(assignment.expression(1)).stream()
                    .anyMatch(function::isParameter);
        if (fromCaller) {
          resettable.add(target.getText());
        }
      }
    }
    return resettable;
  }
}
