package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IfStatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StatementContext;
import dev.vizzor.market.security.audit.model.Calls;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.LowLevelCall;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The king-of-the-hill pattern: ether is refunded to the stored account that is being replaced, and
 * the refund must succeed. A contract that refuses ether stays in place forever.
 */
public final class RefundToReplacedAccount implements SourceCheck {
  @Override
  public String rule() {
    return "refund-blocks-replacement";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      for (LowLevelCall call : Calls.lowLevelCalls(function.body().get())) {
        Optional<String> stored = Expressions.root(call.target()).filter(function::isStateVariable);
        if (stored.isPresent()
            && mustSucceed(call)
            && replacedLater(function, stored.get(), call.call())) {
          findings.add(
              SourceFinding.at(
                  rule(),
                  Category.DENIAL_OF_SERVICE,
                  "high",
                  "high",
                  function.contract().file(),
                  call.call(),
                  "In "
                      + function.label()
                      + ", the refund to "
                      + stored.get()
                      + " must succeed before "
                      + stored.get()
                      + " is replaced: if that account is a contract that refuses ether, no one"
                      + " can ever replace it.",
                  "Record the refund and let the account withdraw it (pull payment)."));
        }
      }
    }
    return findings;
  }

  /** {@code transfer}, {@code require(a.send(v))}, or {@code if (!a.send(v)) throw;}. */
  static boolean mustSucceed(LowLevelCall call) {
    if (call.revertsOnFailure()) {
      return true;
    }
    for (ParseTree at = call.call().getParent(); at != null; at = at.getParent()) {
      if (at instanceof CallExpressionContext outer) {
        String name = Expressions.calleeName(outer);
        return name.equals("require") || name.equals("assert");
      }
      if (at instanceof IfStatementContext test) {
        String then = test.statement(0).getText();
        return test.expression().getText().startsWith("!")
            && (then.startsWith("throw")
                || then.startsWith("revert")
                || then.startsWith("{throw")
                || then.startsWith("{revert"));
      }
      if (at instanceof StatementContext) {
        return false;
      }
    }
    return false;
  }

  private static boolean replacedLater(
      FunctionModel function, String stored, CallExpressionContext call) {
    return Expressions.writtenPlaces(function.body().get()).stream()
        .anyMatch(
            place -> Trees.after(place, call) && Expressions.root(place).orElse("").equals(stored));
  }
}
