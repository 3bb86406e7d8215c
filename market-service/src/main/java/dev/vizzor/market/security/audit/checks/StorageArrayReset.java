package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.AssignmentExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.DeleteExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IdentifierExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.MemberExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.NewExpressionContext;
import dev.vizzor.market.security.audit.model.ContractModel;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Clearing a storage array that callers keep growing ({@code a = new T[](0)}, {@code delete a},
 * {@code a.length = 0}): clearing costs gas per element, so once the array is long enough the
 * clearing function can never finish, and the contract is stuck.
 */
public final class StorageArrayReset implements SourceCheck {
  @Override
  public String rule() {
    return "costly-array-reset";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (ContractModel contract : sources.contracts()) {
      Set<String> grown = pushedArrays(contract);
      for (FunctionModel function : contract.functions()) {
        if (function.body().isEmpty()) {
          continue;
        }
        for (ParserRuleContext reset : resets(function.body().get())) {
          ExpressionContext target = target(reset);
          if (target instanceof IdentifierExpressionContext array
              && function.isStateVariable(array.getText())
              && grown.contains(array.getText())) {
            findings.add(
                SourceFinding.at(
                    rule(),
                    Category.DENIAL_OF_SERVICE,
                    "medium",
                    "medium",
                    contract.file(),
                    reset,
                    "In "
                        + function.label()
                        + ", clearing "
                        + array.getText()
                        + " costs gas for every element callers have added: once it is long enough,"
                        + " this can no longer run within a block.",
                    "Keep a start index or a generation counter instead of clearing the array."));
          }
        }
      }
    }
    return findings;
  }

  private static Set<String> pushedArrays(ContractModel contract) {
    Set<String> pushed = new HashSet<>();
    for (ContractModel member : contract.lineage()) {
      for (CallExpressionContext call :
          Trees.all(member.definition(), CallExpressionContext.class)) {
        if (call.expression() instanceof MemberExpressionContext push
            && push.memberName().getText().equals("push")) {
          Expressions.root(push.expression()).ifPresent(pushed::add);
        }
      }
    }
    return pushed;
  }

  private static List<ParserRuleContext> resets(ParserRuleContext body) {
    List<ParserRuleContext> resets = new ArrayList<>();
    for (AssignmentExpressionContext assignment :
        Trees.all(body, AssignmentExpressionContext.class)) {
      String value = assignment.expression(1).getText();
      boolean fresh =
          Expressions.unwrap(assignment.expression(1)) instanceof CallExpressionContext call
              && call.expression() instanceof NewExpressionContext;
      boolean zeroLength =
          assignment.expression(0) instanceof MemberExpressionContext member
              && member.memberName().getText().equals("length")
              && value.equals("0");
      if (assignment.assignmentOperator().getText().equals("=") && (fresh || zeroLength)) {
        resets.add(assignment);
      }
    }
    resets.addAll(Trees.all(body, DeleteExpressionContext.class));
    return resets;
  }

  private static ExpressionContext target(ParserRuleContext reset) {
    ExpressionContext target =
        reset instanceof DeleteExpressionContext delete
            ? delete.expression()
            : ((AssignmentExpressionContext) reset).expression(0);
    if (target instanceof MemberExpressionContext member
        && member.memberName().getText().equals("length")) {
      return member.expression();
    }
    return target;
  }
}
