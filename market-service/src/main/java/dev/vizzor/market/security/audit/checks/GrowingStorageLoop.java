package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.MemberExpressionContext;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A loop that runs as many times as the caller says (a parameter bounds it) and grows a storage
 * array each time: its gas grows without limit, so large inputs fail and the array can become too
 * long for any later loop over it.
 */
public final class GrowingStorageLoop implements SourceCheck {
  @Override
  public String rule() {
    return "unbounded-storage-loop";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      for (ParserRuleContext loop : loops(function.body().get())) {
        Optional<ExpressionContext> bound = callerBound(function, loop);
        Optional<String> grown = grownArray(function, loop);
        if (bound.isPresent() && grown.isPresent()) {
          findings.add(
              new SourceFinding(
                  rule(),
                  Category.DENIAL_OF_SERVICE,
                  "medium",
                  "medium",
                  function.contract().file(),
                  Trees.line(loop),
                  Loops.headerEndLine(loop),
                  "In "
                      + function.label()
                      + ", the loop runs "
                      + bound.get().getText()
                      + " times, a number the caller picks, and grows the storage array "
                      + grown.get()
                      + " on each pass: its gas has no bound.",
                  "Bound the number of iterations, or let the work be done in batches."));
        }
      }
    }
    return findings;
  }

  private static List<ParserRuleContext> loops(ParseTree body) {
    List<ParserRuleContext> loops = new ArrayList<>();
    collect(body, loops);
    return loops;
  }

  private static void collect(ParseTree node, List<ParserRuleContext> loops) {
    if (Loops.isLoop(node)) {
      loops.add((ParserRuleContext) node);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), loops);
    }
  }

  private static Optional<ExpressionContext> callerBound(
      FunctionModel function, ParserRuleContext loop) {
    return Expressions.conditions(loop).stream()
        .filter(condition -> condition.getParent() == loop)
        .filter(condition -> Expressions.names(condition).stream().anyMatch(function::isParameter))
        .findFirst();
  }

  /** A storage array the loop pushes to or lengthens. */
  private static Optional<String> grownArray(FunctionModel function, ParserRuleContext loop) {
    for (ExpressionContext place : Expressions.writtenPlaces(loop)) {
      boolean lengthened =
          place instanceof MemberExpressionContext member
              && member.memberName().getText().equals("length");
      boolean pushed =
          place.getParent() instanceof MemberExpressionContext push
              && push.memberName().getText().equals("push");
      Optional<String> root = Expressions.root(place).filter(function::isStateVariable);
      if ((lengthened || pushed) && root.isPresent()) {
        return root;
      }
    }
    return Optional.empty();
  }
}
