package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.grammar.SolidityParser.DoWhileStatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ForStatementContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.WhileStatementContext;
import dev.vizzor.market.security.audit.model.Trees;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Loops, found the same way by the denial-of-service checks. */
final class Loops {
  private Loops() {}

  static boolean isLoop(ParseTree node) {
    return node instanceof ForStatementContext
        || node instanceof WhileStatementContext
        || node instanceof DoWhileStatementContext;
  }

  /** The loop {@code node} runs in, if any. */
  static ParserRuleContext enclosingLoop(ParseTree node) {
    for (ParseTree at = node.getParent(); at != null; at = at.getParent()) {
      if (isLoop(at)) {
        return (ParserRuleContext) at;
      }
    }
    return null;
  }

  /** The line the loop's header ends on (its closing parenthesis), not its body's. */
  static int headerEndLine(ParserRuleContext loop) {
    if (loop instanceof ForStatementContext forLoop) {
      return forLoop.RPAREN().getSymbol().getLine();
    }
    if (loop instanceof WhileStatementContext whileLoop) {
      return whileLoop.RPAREN().getSymbol().getLine();
    }
    return Trees.line(loop);
  }
}
