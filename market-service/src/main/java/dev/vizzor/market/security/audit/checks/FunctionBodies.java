package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.model.ContractModel;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import java.util.List;

/** The functions with a body, each once (bases are visited as contracts of their own). */
final class FunctionBodies {
  private FunctionBodies() {}

  static List<FunctionModel> of(SourceModel sources) {
    return sources.contracts().stream()
        .filter(contract -> !contract.isInterface())
        .map(ContractModel::functions)
        .flatMap(List::stream)
        .filter(function -> function.body().isPresent())
        .toList();
  }
}
