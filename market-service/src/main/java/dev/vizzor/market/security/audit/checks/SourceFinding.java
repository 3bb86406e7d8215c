package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.domain.audit.Finding;
import dev.vizzor.market.security.audit.model.Trees;
import dev.vizzor.market.security.audit.source.SolidityFile;
import org.antlr.v4.runtime.ParserRuleContext;

/** A finding at a node of a file, before it is put in the API's shape. */
public record SourceFinding(
    String rule,
    String category,
    String severity,
    String confidence,
    SolidityFile file,
    int startLine,
    int endLine,
    String message,
    String fix) {

  public static SourceFinding at(
      String rule,
      String category,
      String severity,
      String confidence,
      SolidityFile file,
      ParserRuleContext node,
      String message,
      String fix) {
    return new SourceFinding(
        rule,
        category,
        severity,
        confidence,
        file,
        Trees.line(node),
        Trees.endLine(node),
        message,
        fix);
  }

  public Finding toFinding() {
    return new Finding(
        rule, category, severity, confidence, file.path(), startLine, endLine, null, message, fix);
  }
}
