package dev.vizzor.market.security.audit.model;

import dev.vizzor.market.security.audit.grammar.SolidityParser.ContractDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.EnumDefinitionContext;
import dev.vizzor.market.security.audit.source.SolidityFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contracts of every file in one audit, so that a contract's bases, modifiers and the types of
 * the contracts it calls resolve across files.
 */
public final class SourceModel {
  private final List<SolidityFile> files;
  private final Map<String, ContractModel> contracts = new LinkedHashMap<>();
  private final Set<String> enums = new HashSet<>();

  public SourceModel(List<SolidityFile> files) {
    this.files = List.copyOf(files);
    for (SolidityFile file : files) {
      for (ContractDefinitionContext definition : file.tree().contractDefinition()) {
        ContractModel contract = new ContractModel(this, file, definition);
        contracts.putIfAbsent(contract.name(), contract);
      }
      for (EnumDefinitionContext definition : Trees.all(file.tree(), EnumDefinitionContext.class)) {
        enums.add(definition.identifier(0).getText());
      }
    }
  }

  public List<SolidityFile> files() {
    return files;
  }

  public List<ContractModel> contracts() {
    return new ArrayList<>(contracts.values());
  }

  public Optional<ContractModel> contract(String name) {
    return Optional.ofNullable(contracts.get(name));
  }

  public boolean isEnum(String name) {
    return enums.contains(name);
  }

  /** Is {@code name} a contract or interface (not a library) of these sources? */
  public boolean isContractType(String name) {
    ContractModel contract = contracts.get(name);
    return contract != null && !contract.isLibrary();
  }
}
