package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.BinaryExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierDefinitionContext;
import dev.vizzor.market.security.audit.model.ContractModel;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tx.origin} compared in a check: any contract the owner is tricked into calling passes it.
 * ({@code tx.origin == msg.sender}, which only asks "is the caller an account", is not one.)
 */
public final class TxOriginAuthorisation implements SourceCheck {
  @Override
  public String rule() {
    return "tx-origin-authorisation";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (ContractModel contract : sources.contracts()) {
      for (ExpressionContext condition : Expressions.conditions(contract.definition())) {
        for (BinaryExpressionContext comparison :
            Trees.all(condition, BinaryExpressionContext.class)) {
          String operator = comparison.getChild(1).getText();
          String left = comparison.expression(0).getText();
          String right = comparison.expression(1).getText();
          boolean origin = left.equals("tx.origin") || right.equals("tx.origin");
          boolean againstSender = left.equals("msg.sender") || right.equals("msg.sender");
          if ((operator.equals("==") || operator.equals("!=")) && origin && !againstSender) {
            findings.add(finding(contract, comparison));
          }
        }
      }
    }
    return findings;
  }

  private SourceFinding finding(ContractModel contract, BinaryExpressionContext comparison) {
    ModifierDefinitionContext modifier =
        Trees.enclosing(comparison, ModifierDefinitionContext.class);
    String where =
        modifier != null ? "modifier " + modifier.identifier().getText() : contract.name();
    return SourceFinding.at(
        rule(),
        Category.ACCESS_CONTROL,
        "high",
        "high",
        contract.file(),
        comparison,
        "In "
            + where
            + ", "
            + comparison.getText()
            + " authorises by tx.origin: a malicious contract the authorised account calls can"
            + " act with its rights.",
        "Authorise with msg.sender instead of tx.origin.");
  }
}
