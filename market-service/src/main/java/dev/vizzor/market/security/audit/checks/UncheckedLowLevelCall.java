package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IdentifierExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationStatementContext;
import dev.vizzor.market.security.audit.model.Calls;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.LowLevelCall;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A low-level call whose success flag is thrown away ({@code a.send(v);}, {@code a.call(data);}) or
 * stored and never read: a failed call goes on as if it had worked. {@code transfer} reverts by
 * itself, so it is not one.
 */
public final class UncheckedLowLevelCall implements SourceCheck {
  @Override
  public String rule() {
    return "unchecked-low-level-call";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      for (StatementContext statement : Trees.all(function.body().get(), StatementContext.class)) {
        discarded(statement)
            .ifPresent(call -> findings.add(finding(function, call, "is discarded")));
      }
      for (VariableDeclarationStatementContext declaration :
          Trees.all(function.body().get(), VariableDeclarationStatementContext.class)) {
        storedUnread(function, declaration)
            .ifPresent(call -> findings.add(finding(function, call, "is stored but never read")));
      }
    }
    return findings;
  }

  private static Optional<LowLevelCall> discarded(StatementContext statement) {
    if (statement.expression() == null || statement.getChildCount() != 2) {
      return Optional.empty();
    }
    ExpressionContext expression = Expressions.unwrap(statement.expression());
    if (!(expression instanceof CallExpressionContext call)) {
      return Optional.empty();
    }
    return Calls.lowLevel(call).filter(lowLevel -> !lowLevel.revertsOnFailure());
  }

  /** {@code bool ok = a.send(v);} or {@code (bool ok, ) = a.call(d);} with {@code ok} unused. */
  private static Optional<LowLevelCall> storedUnread(
      FunctionModel function, VariableDeclarationStatementContext declaration) {
    if (declaration.expression() == null
        || !(Expressions.unwrap(declaration.expression()) instanceof CallExpressionContext call)) {
      return Optional.empty();
    }
    Optional<LowLevelCall> lowLevel = Calls.lowLevel(call).filter(l -> !l.revertsOnFailure());
    if (lowLevel.isEmpty() || declaration.variableDeclaration().isEmpty()) {
      return Optional.empty();
    }
    VariableDeclarationContext success = declaration.variableDeclaration(0);
    String name = success.identifier().getText();
    boolean read =
        Trees.all(function.body().get(), IdentifierExpressionContext.class).stream()
            .anyMatch(use -> use.getText().equals(name) && Trees.after(use, declaration));
    return read ? Optional.empty() : lowLevel;
  }

  private SourceFinding finding(FunctionModel function, LowLevelCall call, String how) {
    return SourceFinding.at(
        rule(),
        Category.UNCHECKED_LOW_LEVEL_CALLS,
        call.kind().equals("delegatecall") || call.kind().equals("callcode") ? "high" : "medium",
        "high",
        function.contract().file(),
        call.call(),
        "In "
            + function.label()
            + ", the success flag of "
            + call.target().getText()
            + "."
            + call.kind()
            + "(...) "
            + how
            + (call.made() ? "" : " (and without its final (), the call is never even made)")
            + ": when the call fails, execution goes on as if it had succeeded.",
        "Check the result (require(ok)) or handle the failure; for plain payments prefer a"
            + " withdrawal pattern over pushing ether.");
  }
}
