package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.BinaryExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StatementContext;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A decision on {@code now} / {@code block.timestamp}: a miner can shift it by seconds, so a
 * deadline or window it decides can be nudged. Functions that draw chance from the block are {@link
 * BlockRandomness}'s.
 */
public final class TimestampDependence implements SourceCheck {
  private static final Set<String> COMPARISONS = Set.of("<", ">", "<=", ">=", "==", "!=");

  @Override
  public String rule() {
    return "timestamp-dependence";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (new BlockDerivedValues(function).drawsChance()) {
        continue;
      }
      List<ExpressionContext> decisions =
          new ArrayList<>(Expressions.conditions(function.body().get()));
      for (StatementContext statement : Trees.all(function.body().get(), StatementContext.class)) {
        if (statement.RETURN() != null
            && statement.expression() != null
            && Expressions.unwrap(statement.expression()) instanceof BinaryExpressionContext binary
            && COMPARISONS.contains(binary.getChild(1).getText())) {
          decisions.add(statement.expression());
        }
      }
      for (ExpressionContext decision : decisions) {
        if (Expressions.blockValues(decision).stream().anyMatch(Expressions::isTimeValue)) {
          findings.add(
              SourceFinding.at(
                  rule(),
                  Category.TIME_MANIPULATION,
                  "low",
                  "medium",
                  function.contract().file(),
                  decision,
                  "In "
                      + function.label()
                      + ", "
                      + decision.getText()
                      + " decides on the block timestamp, which the block's miner can move by"
                      + " several seconds.",
                  "Do not let a few seconds matter: use generous windows, or block numbers for"
                      + " ordering."));
        }
      }
    }
    return findings;
  }
}
