package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.AssignmentExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IndexExpressionContext;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;

/**
 * The ERC-20 {@code approve} race: overwriting an allowance lets the spender, watching the pending
 * change, spend the old allowance first and the new one after. Not reported when the function first
 * tests the current allowance (the "set to 0 first" rule).
 */
public final class ApproveRace implements SourceCheck {
  @Override
  public String rule() {
    return "erc20-approve-race";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (!function.name().equals("approve") || function.parameters().size() != 2) {
        continue;
      }
      for (AssignmentExpressionContext assignment :
          Trees.all(function.body().get(), AssignmentExpressionContext.class)) {
        boolean allowance =
            assignment.assignmentOperator().getText().equals("=")
                && assignment.expression(0) instanceof IndexExpressionContext outer
                && outer.expression(0) instanceof IndexExpressionContext;
        String mapping = Expressions.root(assignment.expression(0)).orElse("");
        boolean testedFirst =
            Expressions.conditions(function.body().get()).stream()
                .anyMatch(
                    c -> Trees.after(assignment, c) && Expressions.names(c).contains(mapping));
        if (allowance && function.isStateVariable(mapping) && !testedFirst) {
          findings.add(
              SourceFinding.at(
                  rule(),
                  Category.FRONT_RUNNING,
                  "low",
                  "medium",
                  function.contract().file(),
                  assignment,
                  "In "
                      + function.label()
                      + ", the allowance is overwritten: a spender who sees the change pending can"
                      + " spend the old allowance before it lands and the new one after.",
                  "Require the current allowance to be 0 before setting a new one, or offer"
                      + " increaseAllowance/decreaseAllowance."));
        }
      }
    }
    return findings;
  }
}
