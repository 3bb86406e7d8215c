package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.PragmaDirectiveContext;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.source.SolidityFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A file that may be compiled by a compiler it was not tested with (a floating pragma such as
 * {@code ^0.4.24}) or only by an old one (below 0.8, without checked arithmetic and years of
 * fixes). One finding per file, informational.
 */
public final class CompilerPragma implements SourceCheck {
  @Override
  public String rule() {
    return "compiler-pragma";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (SolidityFile file : sources.files()) {
      boolean old = !file.version().atLeast(8, 0);
      boolean floating = file.version().floating();
      if (!old && !floating) {
        continue;
      }
      PragmaDirectiveContext pragma =
          file.tree().pragmaDirective().stream()
              .filter(
                  p ->
                      !p.PRAGMA_TOKEN().isEmpty() && p.PRAGMA_TOKEN(0).getText().equals("solidity"))
              .findFirst()
              .orElse(null);
      String problem = problem(file, floating, old);
      SourceFinding finding =
          pragma == null
              ? new SourceFinding(
                  rule(), Category.OTHER, "info", "high", file, 1, 1, problem, fix())
              : SourceFinding.at(
                  rule(), Category.OTHER, "info", "high", file, pragma, problem, fix());
      findings.add(finding);
    }
    return findings;
  }

  private static String problem(SolidityFile file, boolean floating, boolean old) {
    if (file.version().pragma().isEmpty()) {
      return "The file has no pragma solidity: any compiler version may build it.";
    }
    List<String> problems = new ArrayList<>();
    if (floating) {
      problems.add("lets compiler versions build it other than the one it was tested with");
    }
    if (old) {
      problems.add("allows a compiler older than 0.8 (no overflow checks, bugs fixed since)");
    }
    return "pragma solidity "
        + file.version().pragma().get()
        + " "
        + String.join(", and ", problems)
        + ".";
  }

  private static String fix() {
    return "Pin one recent compiler version (pragma solidity 0.8.x without ^) and test with it.";
  }
}
