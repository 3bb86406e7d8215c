package dev.vizzor.market.security.audit.model;

import dev.vizzor.market.security.audit.grammar.SolidityParser.ContractDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ContractPartContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.InheritanceSpecifierContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StateVariableDeclarationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StructDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StructMemberContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.TypeNameContext;
import dev.vizzor.market.security.audit.source.SolidityFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One contract, interface or library, with what it inherits from bases in the same audit. */
public final class ContractModel {
  private final SourceModel sources;
  private final SolidityFile file;
  private final ContractDefinitionContext definition;
  private final String name;
  private final List<String> baseNames = new ArrayList<>();
  private final Map<String, StateVariableDeclarationContext> stateVariables = new LinkedHashMap<>();
  private final Map<String, ModifierDefinitionContext> modifiers = new LinkedHashMap<>();
  private final Map<String, StructDefinitionContext> structs = new LinkedHashMap<>();
  private final List<FunctionModel> functions = new ArrayList<>();
  private List<ContractModel> lineage;
  private Map<String, StateVariableDeclarationContext> allStateVariables;

  ContractModel(SourceModel sources, SolidityFile file, ContractDefinitionContext definition) {
    this.sources = sources;
    this.file = file;
    this.definition = definition;
    this.name = definition.identifier().getText();
    for (InheritanceSpecifierContext base : definition.inheritanceSpecifier()) {
      baseNames.add(base.userDefinedTypeName().getText());
    }
    for (ContractPartContext part : definition.contractPart()) {
      if (part.stateVariableDeclaration() != null) {
        StateVariableDeclarationContext variable = part.stateVariableDeclaration();
        stateVariables.put(variable.identifier().getText(), variable);
      } else if (part.modifierDefinition() != null) {
        modifiers.put(part.modifierDefinition().identifier().getText(), part.modifierDefinition());
      } else if (part.structDefinition() != null) {
        structs.put(part.structDefinition().identifier().getText(), part.structDefinition());
      } else if (part.functionDefinition() != null) {
        functions.add(new FunctionModel(this, part.functionDefinition()));
      }
    }
  }

  public String name() {
    return name;
  }

  public SolidityFile file() {
    return file;
  }

  public SourceModel sources() {
    return sources;
  }

  public ContractDefinitionContext definition() {
    return definition;
  }

  public boolean isLibrary() {
    return definition.LIBRARY() != null;
  }

  public boolean isInterface() {
    return definition.INTERFACE() != null;
  }

  public List<FunctionModel> functions() {
    return functions;
  }

  /**
   * This contract and its bases found in the audit, most derived first, each once. Worked out on
   * first use, once every contract of the audit is known.
   */
  public List<ContractModel> lineage() {
    if (lineage == null) {
      List<ContractModel> found = new ArrayList<>();
      collect(this, found, new HashSet<>());
      lineage = List.copyOf(found);
    }
    return lineage;
  }

  private static void collect(ContractModel contract, List<ContractModel> into, Set<String> seen) {
    if (!seen.add(contract.name)) {
      return;
    }
    into.add(contract);
    for (int i = contract.baseNames.size() - 1; i >= 0; i--) {
      contract
          .sources
          .contract(contract.baseNames.get(i))
          .ifPresent(base -> collect(base, into, seen));
    }
  }

  /** Functions callable on this contract, own ones first (they override the bases'). */
  public List<FunctionModel> allFunctions() {
    List<FunctionModel> all = new ArrayList<>();
    lineage().forEach(contract -> all.addAll(contract.functions));
    return all;
  }

  public Optional<StateVariableDeclarationContext> stateVariable(String variable) {
    return Optional.ofNullable(allStateVariables().get(variable));
  }

  /** Own state variables and the bases', the most derived declaration of each name. */
  public Map<String, StateVariableDeclarationContext> allStateVariables() {
    if (allStateVariables == null) {
      Map<String, StateVariableDeclarationContext> all = new LinkedHashMap<>();
      lineage().forEach(contract -> contract.stateVariables.forEach(all::putIfAbsent));
      allStateVariables = java.util.Collections.unmodifiableMap(all);
    }
    return allStateVariables;
  }

  public Optional<ModifierDefinitionContext> modifier(String modifier) {
    return lineage().stream()
        .map(contract -> contract.modifiers.get(modifier))
        .filter(found -> found != null)
        .findFirst();
  }

  public Optional<StructDefinitionContext> struct(String struct) {
    for (ContractModel contract : lineage()) {
      if (contract.structs.containsKey(struct)) {
        return Optional.of(contract.structs.get(struct));
      }
    }
    return sources.contracts().stream()
        .map(other -> other.structs.get(struct))
        .filter(found -> found != null)
        .findFirst();
  }

  public Optional<TypeNameContext> structMember(String struct, String member) {
    return struct(struct)
        .flatMap(
            definition ->
                definition.structMember().stream()
                    .filter(field -> field.identifier().getText().equals(member))
                    .map(StructMemberContext::typeName)
                    .findFirst());
  }
}
