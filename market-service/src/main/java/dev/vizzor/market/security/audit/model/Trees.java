package dev.vizzor.market.security.audit.model;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Small reads of the syntax tree the checks share. */
public final class Trees {
  private Trees() {}

  /** Every node of {@code type} under {@code root} (itself included), in source order. */
  public static <T extends ParserRuleContext> List<T> all(ParseTree root, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(root, type, found);
    return found;
  }

  private static <T extends ParserRuleContext> void collect(
      ParseTree node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), type, found);
    }
  }

  /** The nearest enclosing node of {@code type}, if any. */
  public static <T extends ParserRuleContext> T enclosing(ParseTree node, Class<T> type) {
    for (ParseTree at = node.getParent(); at != null; at = at.getParent()) {
      if (type.isInstance(at)) {
        return type.cast(at);
      }
    }
    return null;
  }

  public static boolean isInside(ParseTree node, ParseTree ancestor) {
    for (ParseTree at = node; at != null; at = at.getParent()) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Does {@code later} start after {@code earlier} ends? */
  public static boolean after(ParserRuleContext later, ParserRuleContext earlier) {
    return later.getStart().getTokenIndex() > earlier.getStop().getTokenIndex();
  }

  public static int line(ParserRuleContext node) {
    return node.getStart().getLine();
  }

  public static int endLine(ParserRuleContext node) {
    return node.getStop().getLine();
  }
}
