package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationStatementContext;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;

/**
 * Before 0.5 a local struct declared without a location or value is a storage pointer to slot 0:
 * writing its fields overwrites the contract's first state variables.
 */
public final class UninitializedStoragePointer implements SourceCheck {
  @Override
  public String rule() {
    return "uninitialized-storage-pointer";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (function.contract().file().version().atLeast(5, 0)) {
        continue;
      }
      for (VariableDeclarationStatementContext statement :
          Trees.all(function.body().get(), VariableDeclarationStatementContext.class)) {
        if (statement.expression() != null || statement.variableDeclaration().size() != 1) {
          continue;
        }
        VariableDeclarationContext local = statement.variableDeclaration(0);
        boolean struct =
            local.typeName().userDefinedTypeName() != null
                && function.contract().struct(local.typeName().getText()).isPresent();
        if (struct && (local.dataLocation() == null || local.dataLocation().STORAGE() != null)) {
          findings.add(
              SourceFinding.at(
                  rule(),
                  Category.OTHER,
                  "high",
                  "high",
                  function.contract().file(),
                  statement,
                  "In "
                      + function.label()
                      + ", "
                      + local.identifier().getText()
                      + " is an uninitialised storage pointer: it points at slot 0, so writing its"
                      + " fields overwrites the contract's first state variables.",
                  "Declare it memory, or point it at a real storage element."));
        }
      }
    }
    return findings;
  }
}
