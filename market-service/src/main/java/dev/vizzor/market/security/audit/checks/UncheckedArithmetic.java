package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.AssignmentExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.BinaryExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationStatementContext;
import dev.vizzor.market.security.audit.model.Callers;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Before Solidity 0.8, {@code +}, {@code -} and {@code *} wrap around silently. This reports such
 * an operation in a state-changing function any account may call, when the caller controls an
 * operand (a parameter, or a value computed from one) and no check earlier in the function relates
 * the operands (as {@code require(balance >= amount)} or SafeMath do). Ether amounts ({@code
 * msg.value}) cannot reach 2^256 and are not counted as caller-controlled.
 */
public final class UncheckedArithmetic implements SourceCheck {
  private static final Set<String> OPERATORS = Set.of("+", "-", "*", "**");
  private static final Set<String> COMPOUND = Set.of("+=", "-=", "*=");

  @Override
  public String rule() {
    return "unchecked-arithmetic";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (function.contract().file().version().atLeast(8, 0)
          || function.readOnly()
          || !Callers.anyoneCanCall(function)) {
        continue;
      }
      Set<String> tainted = callerControlled(function);
      Set<StatementContext> reported = new HashSet<>();
      for (ParserRuleContext operation : operations(function)) {
        StatementContext statement = Trees.enclosing(operation, StatementContext.class);
        if (statement == null || reported.contains(statement)) {
          continue;
        }
        Optional<String> controlled = controlledOperand(operation, tainted);
        if (controlled.isPresent() && !checkedBefore(function, operation, controlled.get())) {
          reported.add(statement);
          findings.add(finding(function, operation, controlled.get()));
        }
      }
    }
    return findings;
  }

  private static List<ParserRuleContext> operations(FunctionModel function) {
    List<ParserRuleContext> operations = new ArrayList<>();
    for (BinaryExpressionContext binary :
        Trees.all(function.body().get(), BinaryExpressionContext.class)) {
      if (OPERATORS.contains(binary.getChild(1).getText())) {
        operations.add(binary);
      }
    }
    for (AssignmentExpressionContext assignment :
        Trees.all(function.body().get(), AssignmentExpressionContext.class)) {
      if (COMPOUND.contains(assignment.assignmentOperator().getText())) {
        operations.add(assignment);
      }
    }
    operations.sort(
        (a, b) -> Integer.compare(a.getStart().getTokenIndex(), b.getStart().getTokenIndex()));
    return operations;
  }

  /** Parameters and the locals assigned from them (one pass in source order). */
  private static Set<String> callerControlled(FunctionModel function) {
    Set<String> tainted = new LinkedHashSet<>(function.parameters().keySet());
    for (VariableDeclarationStatementContext declaration :
        Trees.all(function.body().get(), VariableDeclarationStatementContext.class)) {
      if (declaration.expression() != null
          && Expressions.names(declaration.expression()).stream().anyMatch(tainted::contains)) {
        declaration.variableDeclaration().forEach(v -> tainted.add(v.identifier().getText()));
      }
    }
    return tainted;
  }

  private static Optional<String> controlledOperand(
      ParserRuleContext operation, Set<String> tainted) {
    List<ExpressionContext> operands =
        operation instanceof BinaryExpressionContext binary
            ? binary.expression()
            : ((AssignmentExpressionContext) operation).expression();
    for (ExpressionContext operand : operands) {
      for (String name : Expressions.valueNames(operand)) {
        if (tainted.contains(name)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A test before the operation that reads the caller's operand and another name of it, or the
   * operation being itself the test of its own overflow ({@code require(a + b >= a)}).
   */
  private static boolean checkedBefore(
      FunctionModel function, ParserRuleContext operation, String controlled) {
    if (testsItsOwnOverflow(operation)) {
      return true;
    }
    Set<String> operationNames = Expressions.names(operation);
    operationNames.remove(controlled);
    for (ExpressionContext condition : Expressions.conditions(function.body().get())) {
      if (!Trees.after(operation, condition)) {
        continue;
      }
      Set<String> tested = Expressions.names(condition);
      if (tested.contains(controlled)
          && (operationNames.isEmpty() || tested.stream().anyMatch(operationNames::contains))) {
        return true;
      }
    }
    return false;
  }

  private static boolean testsItsOwnOverflow(ParserRuleContext operation) {
    if (!(operation.getParent() instanceof BinaryExpressionContext comparison)
        || !Set.of(">=", ">", "<=", "<").contains(comparison.getChild(1).getText())) {
      return false;
    }
    ExpressionContext other =
        comparison.expression(0) == operation ? comparison.expression(1) : comparison.expression(0);
    Set<String> otherNames = Expressions.names(other);
    return !otherNames.isEmpty() && Expressions.names(operation).containsAll(otherNames);
  }

  private SourceFinding finding(
      FunctionModel function, ParserRuleContext operation, String controlled) {
    return SourceFinding.at(
        rule(),
        Category.ARITHMETIC,
        "high",
        "medium",
        function.contract().file(),
        operation,
        "In "
            + function.label()
            + ", "
            + operation.getText()
            + " can overflow or underflow: compiled below 0.8 ("
            + function.contract().file().version().label()
            + ") it wraps silently, and "
            + controlled
            + " comes from the caller unchecked.",
        "Use SafeMath (or Solidity 0.8+, which reverts on overflow), or require the bounds"
            + " first.");
  }
}
