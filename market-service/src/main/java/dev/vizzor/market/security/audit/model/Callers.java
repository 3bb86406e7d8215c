package dev.vizzor.market.security.audit.model;

import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ModifierInvocationContext;
import java.util.Optional;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.tree.ParseTree;

/** Who may call a function: anyone, or only callers it checks. */
public final class Callers {
  /** Modifiers defined outside the audited files are judged by their conventional names. */
  private static final Pattern RESTRICTING_NAME =
      Pattern.compile("(?i).*(only|owner|admin|auth|restricted|guard|governance|role|whitelist).*");

  private Callers() {}

  /**
   * Callable from outside by any account: public or external, not the constructor, no modifier that
   * checks the caller, and no check of the caller in its own body.
   */
  public static boolean anyoneCanCall(FunctionModel function) {
    if (!function.externallyVisible() || function.kind() == FunctionModel.Kind.CONSTRUCTOR) {
      return false;
    }
    if (function.modifiers().stream().anyMatch(m -> restricts(function.contract(), m))) {
      return false;
    }
    return function.body().map(body -> !Expressions.checksCaller(body)).orElse(false);
  }

  /** {@code if (confirmAndCheck(op)) _;}: the modifier asks a function that checks the caller. */
  private static boolean callsCallerCheck(ContractModel contract, ParseTree block) {
    for (var condition : Expressions.conditions(block)) {
      for (var call : Trees.all(condition, CallExpressionContext.class)) {
        String name = Expressions.calleeName(call);
        boolean checks =
            contract.allFunctions().stream()
                .filter(f -> f.name().equals(name) && f.body().isPresent())
                .anyMatch(f -> Expressions.checksCaller(f.body().get()));
        if (checks) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean restricts(ContractModel contract, ModifierInvocationContext invocation) {
    String name = invocation.userDefinedTypeName().getText();
    Optional<ModifierDefinitionContext> definition = contract.modifier(name);
    if (definition.isPresent()) {
      return definition.get().block() != null
          && (Expressions.checksCaller(definition.get().block())
              || callsCallerCheck(contract, definition.get().block()));
    }
    // A base constructor's arguments (Base(x)) restrict nobody.
    if (contract.sources().contract(name).isPresent()) {
      return false;
    }
    return RESTRICTING_NAME.matcher(name).matches();
  }
}
