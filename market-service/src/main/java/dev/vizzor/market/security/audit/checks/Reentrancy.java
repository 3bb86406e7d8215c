package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierInvocationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationStatementContext;
import dev.vizzor.market.security.audit.model.Calls;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.LowLevelCall;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * State written after a call that can run the callee's code: the callee can call back in while the
 * state still says the old thing (checks-effects-interactions broken). The call may be direct, in a
 * function this one calls, or in a modifier that runs before the body.
 */
public final class Reentrancy implements SourceCheck {
  private static final Pattern GUARD =
      Pattern.compile("(?i).*(nonreentrant|noreentrancy|reentrancy|mutex|lock).*");
  private static final int CALL_DEPTH = 3;

  /** How much of the callee's code a call lets run. */
  private enum Reach {
    TYPED_CALL("medium", "medium"),
    FORWARDS_GAS("high", "high");

    final String severity;
    final String confidence;

    Reach(String severity, String confidence) {
      this.severity = severity;
      this.confidence = confidence;
    }
  }

  private record CallPoint(ParserRuleContext node, String what, Reach reach) {}

  @Override
  public String rule() {
    return "reentrancy";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (function.readOnly() || guarded(function)) {
        continue;
      }
      for (CallPoint point : callPoints(function, function.body().get(), 0, new HashSet<>())) {
        Set<String> writtenAfter = writesAfter(function, point.node());
        writtenAfter.retainAll(testedBefore(function, point.node()));
        if (!writtenAfter.isEmpty()) {
          findings.add(finding(function, point.node(), point, writtenAfter));
        }
      }
      findings.addAll(throughModifiers(function));
    }
    return findings;
  }

  private static boolean guarded(FunctionModel function) {
    return function.modifiers().stream()
        .anyMatch(m -> GUARD.matcher(m.userDefinedTypeName().getText()).matches());
  }

  /**
   * The calls under {@code root} that can run other code, each at its call site in {@code root}.
   */
  private static List<CallPoint> callPoints(
      FunctionModel function, ParserRuleContext root, int depth, Set<FunctionModel> visited) {
    List<CallPoint> points = new ArrayList<>();
    for (CallExpressionContext call : Trees.all(root, CallExpressionContext.class)) {
      Optional<Reach> reach = reach(function, call);
      if (reach.isPresent()) {
        points.add(new CallPoint(call, call.getText(), reach.get()));
        continue;
      }
      if (depth >= CALL_DEPTH) {
        continue;
      }
      for (FunctionModel target : Calls.internalTargets(function, call)) {
        if (target.readOnly() || target.body().isEmpty() || !visited.add(target)) {
          continue;
        }
        callPoints(target, target.body().get(), depth + 1, visited).stream()
            .map(CallPoint::reach)
            .max(Enum::compareTo)
            .ifPresent(
                strongest ->
                    points.add(
                        new CallPoint(
                            call,
                            call.getText() + " (which calls out from " + target.label() + ")",
                            strongest)));
      }
    }
    return points;
  }

  private static Optional<Reach> reach(FunctionModel function, CallExpressionContext call) {
    if (!Calls.isExternal(function, call)) {
      return Optional.empty();
    }
    Optional<LowLevelCall> lowLevel = Calls.lowLevel(call);
    if (lowLevel.isEmpty()) {
      return Optional.of(Reach.TYPED_CALL);
    }
    // send and transfer forward 2300 gas, too little to call back in.
    return lowLevel.get().stipendOnly() ? Optional.empty() : Optional.of(Reach.FORWARDS_GAS);
  }

  private static Set<String> writesAfter(FunctionModel function, ParserRuleContext call) {
    Set<String> written = new LinkedHashSet<>();
    for (ExpressionContext place : Expressions.writtenPlaces(function.body().get())) {
      if (Trees.after(place, call)) {
        Expressions.root(place).flatMap(function::stateRoot).ifPresent(written::add);
      }
    }
    return written;
  }

  /**
   * The state the function decides on before the call: what its modifiers and its branch tests
   * read, and what it loads into locals. Re-entering pays off only when a decision made on old
   * state is made again.
   */
  private static Set<String> testedBefore(FunctionModel function, ParserRuleContext call) {
    Set<String> tested = new HashSet<>();
    for (ExpressionContext condition : Expressions.conditions(function.body().get())) {
      if (!Trees.after(condition, call)) {
        Expressions.names(condition).forEach(name -> addStateRoot(function, name, tested));
      }
    }
    for (VariableDeclarationStatementContext load :
        Trees.all(function.body().get(), VariableDeclarationStatementContext.class)) {
      if (load.expression() != null && Trees.after(call, load)) {
        Expressions.names(load.expression()).forEach(name -> addStateRoot(function, name, tested));
      }
    }
    for (ModifierInvocationContext invocation : function.modifiers()) {
      function
          .contract()
          .modifier(invocation.userDefinedTypeName().getText())
          .filter(modifier -> modifier.block() != null)
          .ifPresent(
              modifier ->
                  Expressions.conditions(modifier.block())
                      .forEach(
                          condition ->
                              Expressions.names(condition)
                                  .forEach(name -> addStateRoot(function, name, tested))));
    }
    return tested;
  }

  private static void addStateRoot(FunctionModel function, String name, Set<String> into) {
    function.stateRoot(name).ifPresent(into::add);
  }

  /** A modifier that calls out before {@code _;} runs, then the body writes state. */
  private List<SourceFinding> throughModifiers(FunctionModel function) {
    Set<String> bodyWrites = Expressions.stateWrites(function, function.body().get());
    bodyWrites.retainAll(testedBefore(function, function.body().get()));
    if (bodyWrites.isEmpty()) {
      return List.of();
    }
    List<SourceFinding> findings = new ArrayList<>();
    for (ModifierInvocationContext invocation : function.modifiers()) {
      Optional<ModifierDefinitionContext> modifier =
          function.contract().modifier(invocation.userDefinedTypeName().getText());
      if (modifier.isEmpty() || modifier.get().block() == null) {
        continue;
      }
      callPoints(function, modifier.get().block(), 0, new HashSet<>()).stream()
          .filter(point -> beforePlaceholder(modifier.get(), point.node()))
          .max((a, b) -> a.reach().compareTo(b.reach()))
          .ifPresent(
              point ->
                  findings.add(
                      finding(
                          function,
                          invocation,
                          new CallPoint(
                              invocation,
                              "modifier " + invocation.getText() + " calling " + point.what(),
                              point.reach()),
                          bodyWrites)));
    }
    return findings;
  }

  private static boolean beforePlaceholder(
      ModifierDefinitionContext modifier, ParserRuleContext call) {
    return Trees.all(modifier.block(), ExpressionContext.class).stream()
        .filter(e -> e.getText().equals("_") && e.getParent().getChildCount() == 2)
        .noneMatch(placeholder -> Trees.after(call, placeholder));
  }

  private SourceFinding finding(
      FunctionModel function, ParserRuleContext at, CallPoint point, Set<String> written) {
    return SourceFinding.at(
        rule(),
        Category.REENTRANCY,
        point.reach().severity,
        point.reach().confidence,
        function.contract().file(),
        at,
        "In "
            + function.label()
            + ", "
            + point.what()
            + " can run the callee's code before "
            + String.join(", ", written)
            + (written.size() == 1 ? " is" : " are")
            + " updated: the callee can re-enter and act on the old state.",
        "Update state before the call (checks-effects-interactions) or guard the function with a"
            + " reentrancy lock.");
  }
}
