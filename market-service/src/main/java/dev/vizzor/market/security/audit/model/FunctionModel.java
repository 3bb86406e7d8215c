package dev.vizzor.market.security.audit.model;

import dev.vizzor.market.security.audit.grammar.SolidityParser.BlockContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.FunctionAttributeContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.FunctionDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.FunctionDescriptorContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierInvocationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ParameterContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.TypeNameContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.VariableDeclarationStatementContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A function of a contract: how it can be called, and the names its body declares. */
public final class FunctionModel {
  public enum Kind {
    CONSTRUCTOR,
    FALLBACK,
    RECEIVE,
    FUNCTION
  }

  private final ContractModel contract;
  private final FunctionDefinitionContext definition;
  private final String name;
  private final Kind kind;
  private final String visibility;
  private final List<ModifierInvocationContext> modifiers = new ArrayList<>();
  private final Map<String, TypeNameContext> parameters = new LinkedHashMap<>();
  private final List<String> parameterOrder = new ArrayList<>();
  private final Map<String, TypeNameContext> locals = new LinkedHashMap<>();
  private Map<String, String> storageAliases;
  private boolean payable;
  private boolean readOnly;

  FunctionModel(ContractModel contract, FunctionDefinitionContext definition) {
    this.contract = contract;
    this.definition = definition;
    var descriptor = definition.functionDescriptor();
    this.name = descriptor.identifier() == null ? "" : descriptor.identifier().getText();
    this.kind = kind(contract, descriptor, name);
    String declared = null;
    for (FunctionAttributeContext attribute : definition.functionAttribute()) {
      if (attribute.visibility() != null) {
        declared = attribute.visibility().getText();
      } else if (attribute.stateMutability() != null) {
        String mutability = attribute.stateMutability().getText();
        payable |= mutability.equals("payable");
        readOnly |= !mutability.equals("payable");
      } else if (attribute.modifierInvocation() != null) {
        modifiers.add(attribute.modifierInvocation());
      }
    }
    // Before 0.5 a function without a visibility is public.
    this.visibility = declared == null ? "public" : declared;
    for (ParameterContext parameter : definition.parameterList(0).parameter()) {
      if (parameter.identifier() != null) {
        parameters.put(parameter.identifier().getText(), parameter.typeName());
        parameterOrder.add(parameter.identifier().getText());
      }
    }
    if (definition.block() != null) {
      for (VariableDeclarationContext local :
          Trees.all(definition.block(), VariableDeclarationContext.class)) {
        locals.putIfAbsent(local.identifier().getText(), local.typeName());
      }
    }
  }

  /** Found on first use: state variables declared after the function are known only then. */
  private Map<String, String> storageAliases() {
    if (storageAliases == null) {
      storageAliases = new LinkedHashMap<>();
      body()
          .ifPresent(
              block -> {
                for (VariableDeclarationStatementContext declaration :
                    Trees.all(block, VariableDeclarationStatementContext.class)) {
                  aliasOf(declaration)
                      .ifPresent(state -> storageAliases.put(aliasName(declaration), state));
                }
              });
    }
    return storageAliases;
  }

  /**
   * {@code var acc = Acc[msg.sender];} or {@code Account storage a = accounts[id];}: a local that
   * points into storage, so writing through it writes the state variable.
   */
  private Optional<String> aliasOf(VariableDeclarationStatementContext declaration) {
    if (declaration.expression() == null) {
      return Optional.empty();
    }
    boolean single = declaration.variableDeclaration().size() == 1;
    if (!single) {
      return Optional.empty();
    }
    VariableDeclarationContext local = declaration.variableDeclaration(0);
    TypeNameContext type = local.typeName();
    boolean pointer =
        (local.dataLocation() != null && local.dataLocation().STORAGE() != null)
            || (local.dataLocation() == null
                && (type.getText().equals("var")
                    || type.mappingType() != null
                    || (type.userDefinedTypeName() != null
                        && contract.struct(type.getText()).isPresent()
                        && !contract.file().version().atLeast(5, 0))));
    if (!pointer) {
      return Optional.empty();
    }
    return Expressions.root(declaration.expression())
        .filter(root -> !parameters.containsKey(root) && contract.stateVariable(root).isPresent());
  }

  private static String aliasName(VariableDeclarationStatementContext declaration) {
    return declaration.variableDeclaration(0).identifier().getText();
  }

  /** A function named like its contract is the constructor of compilers before 0.5. */
  private static Kind kind(
      ContractModel contract, FunctionDescriptorContext descriptor, String name) {
    if (descriptor.CONSTRUCTOR() != null || name.equals(contract.name())) {
      return Kind.CONSTRUCTOR;
    }
    if (descriptor.RECEIVE() != null) {
      return Kind.RECEIVE;
    }
    if (descriptor.FALLBACK() != null || name.isEmpty()) {
      return Kind.FALLBACK;
    }
    return Kind.FUNCTION;
  }

  public ContractModel contract() {
    return contract;
  }

  public FunctionDefinitionContext definition() {
    return definition;
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public String visibility() {
    return visibility;
  }

  public boolean payable() {
    return payable;
  }

  /** {@code view}, {@code pure} or the old {@code constant}: no state is written. */
  public boolean readOnly() {
    return readOnly;
  }

  public boolean externallyVisible() {
    return visibility.equals("public") || visibility.equals("external");
  }

  public List<ModifierInvocationContext> modifiers() {
    return modifiers;
  }

  public Optional<BlockContext> body() {
    return Optional.ofNullable(definition.block());
  }

  public Map<String, TypeNameContext> parameters() {
    return parameters;
  }

  public List<String> parameterOrder() {
    return parameterOrder;
  }

  public boolean isParameter(String identifier) {
    return parameters.containsKey(identifier);
  }

  public boolean isLocal(String identifier) {
    return locals.containsKey(identifier);
  }

  /** The declared type of a parameter, local or state variable named {@code identifier}. */
  public Optional<TypeNameContext> typeOf(String identifier) {
    if (parameters.containsKey(identifier)) {
      return Optional.of(parameters.get(identifier));
    }
    if (locals.containsKey(identifier)) {
      return Optional.of(locals.get(identifier));
    }
    return contract.stateVariable(identifier).map(variable -> variable.typeName());
  }

  /** A state variable, not shadowed by a parameter or local of the same name. */
  public boolean isStateVariable(String identifier) {
    return !parameters.containsKey(identifier)
        && !locals.containsKey(identifier)
        && contract.stateVariable(identifier).isPresent();
  }

  /**
   * The state variable a name reaches: itself when it is one, or the variable a storage pointer
   * local points into.
   */
  public Optional<String> stateRoot(String identifier) {
    if (isStateVariable(identifier)) {
      return Optional.of(identifier);
    }
    return Optional.ofNullable(storageAliases().get(identifier));
  }

  public String label() {
    return contract.name() + "." + (name.isEmpty() ? kind.name().toLowerCase() : name);
  }
}
