package dev.vizzor.market.security.audit.model;

import dev.vizzor.market.security.audit.grammar.SolidityParser.AssignmentExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.BinaryExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallOptionsExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ConditionalExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.DeleteExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.DoWhileStatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ElementaryTypeExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ForStatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IdentifierExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IfStatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IndexExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.LiteralExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.MemberExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.PostfixExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.PrefixExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.SliceExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.TupleExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.UnaryExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.WhileStatementContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Reads of Solidity expressions the checks share: calls, writes, conditions, names. */
public final class Expressions {
  private static final Set<String> BLOCK_VALUES =
      Set.of(
          "block.number",
          "block.timestamp",
          "now",
          "block.difficulty",
          "block.prevrandao",
          "block.coinbase",
          "block.gaslimit");

  private static final Set<String> GLOBALS = Set.of("msg", "block", "tx", "this", "super", "now");

  private static final Set<String> TIME_VALUES = Set.of("block.timestamp", "now");

  private Expressions() {}

  /** {@code (x)} is {@code x}. */
  public static ExpressionContext unwrap(ExpressionContext expression) {
    ExpressionContext at = expression;
    while (at instanceof TupleExpressionContext tuple
        && tuple.expression().size() == 1
        && tuple.COMMA().isEmpty()) {
      at = tuple.expression(0);
    }
    return at;
  }

  /** The called function's name for {@code f(...)} or {@code a.b.f(...)}, else empty. */
  public static String calleeName(CallExpressionContext call) {
    ExpressionContext callee = stripOptions(call.expression());
    if (callee instanceof IdentifierExpressionContext identifier) {
      return identifier.getText();
    }
    if (callee instanceof MemberExpressionContext member) {
      return member.memberName().getText();
    }
    return "";
  }

  /** {@code f{value: v}} and the old {@code f.value(v)} / {@code f.gas(g)} are still {@code f}. */
  public static ExpressionContext stripOptions(ExpressionContext callee) {
    ExpressionContext at = callee;
    while (true) {
      if (at instanceof CallOptionsExpressionContext options) {
        at = options.expression();
      } else if (at instanceof CallExpressionContext inner
          && inner.expression() instanceof MemberExpressionContext member
          && (member.memberName().getText().equals("value")
              || member.memberName().getText().equals("gas"))) {
        at = member.expression();
      } else {
        return at;
      }
    }
  }

  /** The first argument of {@code require(..)} / {@code assert(..)} calls and every branch test. */
  public static List<ExpressionContext> conditions(ParseTree root) {
    List<ExpressionContext> conditions = new ArrayList<>();
    for (CallExpressionContext call : Trees.all(root, CallExpressionContext.class)) {
      String name = calleeName(call);
      if ((name.equals("require") || name.equals("assert"))
          && call.expression() instanceof IdentifierExpressionContext
          && !call.callArgumentList().expression().isEmpty()) {
        conditions.add(call.callArgumentList().expression(0));
      }
    }
    Trees.all(root, IfStatementContext.class).forEach(s -> conditions.add(s.expression()));
    Trees.all(root, WhileStatementContext.class).forEach(s -> conditions.add(s.expression()));
    Trees.all(root, DoWhileStatementContext.class).forEach(s -> conditions.add(s.expression()));
    Trees.all(root, ForStatementContext.class).stream()
        .map(ForStatementContext::expression)
        .filter(list -> !list.isEmpty())
        .forEach(list -> conditions.add(list.get(0)));
    Trees.all(root, ConditionalExpressionContext.class)
        .forEach(c -> conditions.add(c.expression(0)));
    return conditions;
  }

  /**
   * Does a branch test or require under {@code root} decide on who is calling: compare the caller
   * with someone ({@code msg.sender == owner}), look the caller up as a flag ({@code
   * isOwner[msg.sender]}), or pass the caller to a check ({@code isOwner(msg.sender)})? Reading the
   * caller's balance ({@code balances[msg.sender] >= v}) is not such a check.
   */
  public static boolean checksCaller(ParseTree root) {
    return conditions(root).stream().anyMatch(Expressions::decidesOnCaller);
  }

  static boolean decidesOnCaller(ExpressionContext condition) {
    for (BinaryExpressionContext comparison : Trees.all(condition, BinaryExpressionContext.class)) {
      String operator = comparison.getChild(1).getText();
      if (operator.equals("==") || operator.equals("!=")) {
        for (int side = 0; side < 2; side++) {
          ExpressionContext one = unwrap(comparison.expression(side));
          ExpressionContext other = unwrap(comparison.expression(1 - side));
          if (isCaller(one) || (callerKeyed(one) && !(other instanceof LiteralExpressionContext))) {
            return true;
          }
        }
      }
    }
    for (IndexExpressionContext lookup : Trees.all(condition, IndexExpressionContext.class)) {
      if (callerKeyed(lookup) && usedAsFlag(lookup, condition)) {
        return true;
      }
    }
    for (CallExpressionContext call : Trees.all(condition, CallExpressionContext.class)) {
      if (call.callArgumentList().expression().stream()
              .map(Expressions::unwrap)
              .anyMatch(Expressions::isCaller)
          && !(call.expression() instanceof ElementaryTypeExpressionContext)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCaller(ExpressionContext expression) {
    String text = expression.getText();
    return text.equals("msg.sender") || text.equals("tx.origin");
  }

  public static boolean callerKeyed(ExpressionContext expression) {
    return expression instanceof IndexExpressionContext index
        && index.expression().size() == 2
        && isCaller(unwrap(index.expression(1)));
  }

  /** The looked-up value is the test itself, negated or joined with others, not a number. */
  public static boolean usedAsFlag(ExpressionContext lookup, ExpressionContext condition) {
    ParseTree at = lookup;
    while (at != condition) {
      ParseTree parent = at.getParent();
      if (parent instanceof BinaryExpressionContext binary) {
        String operator = binary.getChild(1).getText();
        if (!operator.equals("&&") && !operator.equals("||")) {
          return false;
        }
      } else if (!(parent instanceof UnaryExpressionContext
          || parent instanceof TupleExpressionContext)) {
        return false;
      }
      at = parent;
    }
    return true;
  }

  public static boolean readsCaller(ParseTree expression) {
    String text = expression.getText();
    return text.contains("msg.sender") || text.contains("tx.origin");
  }

  /** The variable a written place belongs to: {@code a} for {@code a[k].f = v}. */
  public static Optional<String> root(ExpressionContext place) {
    ExpressionContext at = unwrap(place);
    while (true) {
      if (at instanceof IdentifierExpressionContext identifier) {
        return Optional.of(identifier.getText());
      } else if (at instanceof IndexExpressionContext index) {
        at = index.expression(0);
      } else if (at instanceof SliceExpressionContext slice) {
        at = slice.expression(0);
      } else if (at instanceof MemberExpressionContext member) {
        at = member.expression();
      } else {
        return Optional.empty();
      }
    }
  }

  /** The places written under {@code root}: assignment targets, increments, deletes. */
  public static List<ExpressionContext> writtenPlaces(ParseTree root) {
    List<ExpressionContext> places = new ArrayList<>();
    for (AssignmentExpressionContext assignment :
        Trees.all(root, AssignmentExpressionContext.class)) {
      ExpressionContext target = unwrap(assignment.expression(0));
      if (target instanceof TupleExpressionContext tuple) {
        places.addAll(tuple.expression());
      } else {
        places.add(target);
      }
    }
    Trees.all(root, PostfixExpressionContext.class).forEach(p -> places.add(p.expression()));
    Trees.all(root, PrefixExpressionContext.class).forEach(p -> places.add(p.expression()));
    Trees.all(root, DeleteExpressionContext.class).forEach(d -> places.add(d.expression()));
    // array.push(x) and array.pop() write the array.
    for (CallExpressionContext call : Trees.all(root, CallExpressionContext.class)) {
      if (call.expression() instanceof MemberExpressionContext member) {
        String name = member.memberName().getText();
        if (name.equals("push") || name.equals("pop")) {
          places.add(member.expression());
        }
      }
    }
    return places;
  }

  /** The state variables {@code function} writes under {@code root}. */
  public static Set<String> stateWrites(FunctionModel function, ParseTree root) {
    Set<String> written = new LinkedHashSet<>();
    for (ExpressionContext place : writtenPlaces(root)) {
      root(place).flatMap(function::stateRoot).ifPresent(written::add);
    }
    return written;
  }

  /** Every plain name read under {@code root}, without the globals (msg, block, tx, this). */
  public static Set<String> names(ParseTree root) {
    Set<String> names = new LinkedHashSet<>();
    Trees.all(root, IdentifierExpressionContext.class).forEach(id -> names.add(id.getText()));
    names.removeAll(GLOBALS);
    return names;
  }

  /**
   * The names whose value {@code root} computes with, not those only used as keys ({@code k} in
   * {@code m[k]}).
   */
  public static Set<String> valueNames(ExpressionContext root) {
    Set<String> names = new LinkedHashSet<>();
    for (IdentifierExpressionContext id : Trees.all(root, IdentifierExpressionContext.class)) {
      if (!isIndexKey(id, root)) {
        names.add(id.getText());
      }
    }
    names.removeAll(GLOBALS);
    return names;
  }

  private static boolean isIndexKey(ParseTree node, ParseTree within) {
    for (ParseTree at = node; at != within && at.getParent() != null; at = at.getParent()) {
      if (at.getParent() instanceof IndexExpressionContext index
          && index.expression().size() == 2
          && index.expression(1) == at) {
        return true;
      }
    }
    return false;
  }

  /** A value of the block (number, time, hash, miner) read under {@code root}, if any. */
  public static List<ParserRuleContext> blockValues(ParseTree root) {
    List<ParserRuleContext> found = new ArrayList<>();
    for (ExpressionContext expression : Trees.all(root, ExpressionContext.class)) {
      if (isBlockValue(expression)) {
        found.add(expression);
      }
    }
    return found;
  }

  public static boolean isBlockValue(ExpressionContext expression) {
    String text = expression.getText();
    if (expression instanceof MemberExpressionContext
        || expression instanceof IdentifierExpressionContext) {
      return BLOCK_VALUES.contains(text);
    }
    if (expression instanceof CallExpressionContext call) {
      String callee = call.expression().getText();
      return callee.equals("blockhash") || callee.equals("block.blockhash");
    }
    return false;
  }

  public static boolean isTimeValue(ParserRuleContext expression) {
    return TIME_VALUES.contains(expression.getText());
  }
}
