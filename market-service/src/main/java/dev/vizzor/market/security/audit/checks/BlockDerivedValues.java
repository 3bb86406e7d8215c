package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.grammar.SolidityParser.AssignmentExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.BinaryExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IdentifierExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StateVariableDeclarationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationStatementContext;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Where a function's values come from the block (number, hash, miner, time), directly or through
 * variables assigned from them, and whether it uses them as a source of chance: hashed, taken
 * modulo, or in a function named for it.
 */
final class BlockDerivedValues {
  /** What a miner or a reader of the chain knows about a value. */
  enum Kind {
    TIME,
    BLOCK
  }

  private static final Pattern CHANCE_NAME =
      Pattern.compile("(?i).*(rand|seed|lott|dice|shuffle|winner|luck|guess|gamble|jackpot).*");
  private static final Set<String> HASHES = Set.of("keccak256", "sha3", "sha256", "ripemd160");

  private final FunctionModel function;
  private final Map<String, Set<Kind>> derived = new HashMap<>();
  private final Map<String, StateVariableDeclarationContext> derivedStateVariables =
      new HashMap<>();

  BlockDerivedValues(FunctionModel function) {
    this.function = function;
    function
        .contract()
        .allStateVariables()
        .forEach(
            (name, declaration) -> {
              if (declaration.expression() != null) {
                Set<Kind> kinds = direct(declaration.expression());
                if (!kinds.isEmpty()) {
                  derived.put(name, kinds);
                  derivedStateVariables.put(name, declaration);
                }
              }
            });
    for (ParserRuleContext step : assignments()) {
      ParserRuleContext value = valueOf(step);
      Set<Kind> kinds = kinds(value);
      if (!kinds.isEmpty()) {
        for (String target : targets(step)) {
          derived.computeIfAbsent(target, t -> EnumSet.noneOf(Kind.class)).addAll(kinds);
        }
      }
    }
  }

  private List<ParserRuleContext> assignments() {
    List<ParserRuleContext> steps = new ArrayList<>();
    steps.addAll(Trees.all(function.body().get(), VariableDeclarationStatementContext.class));
    steps.addAll(Trees.all(function.body().get(), AssignmentExpressionContext.class));
    steps.sort(
        (a, b) -> Integer.compare(a.getStart().getTokenIndex(), b.getStart().getTokenIndex()));
    return steps;
  }

  private static ParserRuleContext valueOf(ParserRuleContext step) {
    return step instanceof VariableDeclarationStatementContext declaration
        ? declaration.expression()
        : ((AssignmentExpressionContext) step).expression(1);
  }

  private static List<String> targets(ParserRuleContext step) {
    if (step instanceof VariableDeclarationStatementContext declaration) {
      List<String> names = new ArrayList<>();
      declaration.variableDeclaration().forEach(v -> names.add(v.identifier().getText()));
      declaration.identifier().forEach(id -> names.add(id.getText()));
      return names;
    }
    // A plain variable takes the value; an element or field of a mapping does not make the
    // whole mapping derived.
    ExpressionContext target = ((AssignmentExpressionContext) step).expression(0);
    return target instanceof IdentifierExpressionContext ? List.of(target.getText()) : List.of();
  }

  private static Set<Kind> direct(ParserRuleContext expression) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (ParserRuleContext value : Expressions.blockValues(expression)) {
      kinds.add(Expressions.isTimeValue(value) ? Kind.TIME : Kind.BLOCK);
    }
    return kinds;
  }

  /** The block values {@code node} reads, directly or through derived variables. */
  Set<Kind> kinds(ParserRuleContext node) {
    if (node == null) {
      return EnumSet.noneOf(Kind.class);
    }
    Set<Kind> kinds = direct(node);
    for (String name : Expressions.names(node)) {
      kinds.addAll(derived.getOrDefault(name, Set.of()));
    }
    return kinds;
  }

  /** Is chance drawn from the block here: a hash or modulo of block values, or a chance name? */
  boolean drawsChance() {
    if (CHANCE_NAME.matcher(function.name()).matches()) {
      return !kinds(function.body().get()).isEmpty();
    }
    for (CallExpressionContext call :
        Trees.all(function.body().get(), CallExpressionContext.class)) {
      if (HASHES.contains(Expressions.calleeName(call))
          && !kinds(call.callArgumentList()).isEmpty()
          && reducedToAPick(call)) {
        return true;
      }
    }
    for (BinaryExpressionContext binary :
        Trees.all(function.body().get(), BinaryExpressionContext.class)) {
      if (binary.getChild(1).getText().equals("%") && !kinds(binary.expression(0)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A hash of block values becomes a pick when it is cut down to a small number: cast to a small
   * integer ({@code uint8(keccak256(..))}) or compared. A hash kept whole is an identifier (an
   * operation id), not a draw; a {@code %} after it is caught as a modulo of block values.
   */
  private static boolean reducedToAPick(CallExpressionContext hash) {
    for (ParseTree at = hash.getParent();
        at != null && !(at instanceof StatementContext);
        at = at.getParent()) {
      if (at instanceof CallExpressionContext cast
          && cast.expression().getText().matches("u?int(8|16|32)|bytes1")) {
        return true;
      }
      if (at instanceof BinaryExpressionContext binary
          && Set.of("==", "!=", "<", ">", "<=", ">=").contains(binary.getChild(1).getText())) {
        return true;
      }
    }
    return false;
  }

  /** The statements of the body that read block values: declarations, expressions, returns. */
  List<StatementContext> statementsReading() {
    List<StatementContext> reading = new ArrayList<>();
    for (StatementContext statement : Trees.all(function.body().get(), StatementContext.class)) {
      boolean simple =
          statement.variableDeclarationStatement() != null
              || (statement.expression() != null && statement.EMIT() == null);
      if (simple && !kinds(statement).isEmpty()) {
        reading.add(statement);
      }
    }
    return reading;
  }

  /** A state variable initialised from the block that the body reads. */
  List<StateVariableDeclarationContext> stateVariablesRead() {
    Set<String> names = Expressions.names(function.body().get());
    return derivedStateVariables.entrySet().stream()
        .filter(entry -> names.contains(entry.getKey()) && function.isStateVariable(entry.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }
}
