package dev.vizzor.market.security.audit.model;

import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IdentifierExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IndexExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.MappingTypeContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.MemberExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.TypeNameContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/** Which calls leave the contract, and which stay inside it. */
public final class Calls {
  private static final Set<String> LOW_LEVEL =
      Set.of("call", "delegatecall", "callcode", "staticcall", "send", "transfer");

  /**
   * Members of an address (and of every contract before 0.5) that are not its own functions. A
   * {@code send} or {@code transfer} with other than one argument is a token's own function.
   */
  private static final Set<String> ADDRESS_MEMBERS =
      Set.of(
          "call",
          "delegatecall",
          "callcode",
          "staticcall",
          "balance",
          "code",
          "codehash",
          "value",
          "gas",
          "push",
          "pop",
          "length");

  private Calls() {}

  public static Optional<LowLevelCall> lowLevel(CallExpressionContext call) {
    ExpressionContext callee = Expressions.stripOptions(call.expression());
    if (callee instanceof MemberExpressionContext member) {
      String kind = member.memberName().getText();
      if (LOW_LEVEL.contains(kind)) {
        int arguments = call.callArgumentList().expression().size();
        // token.transfer(to, amount) is a token's function, not ether.
        if (kind.equals("transfer") && arguments != 1 || kind.equals("send") && arguments != 1) {
          return Optional.empty();
        }
        return Optional.of(new LowLevelCall(call, kind, member.expression(), true));
      }
      if ((kind.equals("value") || kind.equals("gas"))
          && member.expression() instanceof MemberExpressionContext named
          && LOW_LEVEL.contains(named.memberName().getText())
          && !isCallee(call)) {
        return Optional.of(
            new LowLevelCall(call, named.memberName().getText(), named.expression(), false));
      }
    }
    return Optional.empty();
  }

  private static boolean isCallee(CallExpressionContext call) {
    return call.getParent() instanceof CallExpressionContext outer && outer.expression() == call;
  }

  public static List<LowLevelCall> lowLevelCalls(ParseTree root) {
    List<LowLevelCall> found = new ArrayList<>();
    for (CallExpressionContext call : Trees.all(root, CallExpressionContext.class)) {
      lowLevel(call).ifPresent(found::add);
    }
    return found;
  }

  /**
   * Calls that run another contract's code: low-level calls that forward gas, and calls of a typed
   * contract's functions ({@code token.transfer(a, n)}, {@code Bank(msg.sender).f()}).
   */
  public static boolean isExternal(FunctionModel function, CallExpressionContext call) {
    Optional<LowLevelCall> lowLevel = lowLevel(call);
    if (lowLevel.isPresent()) {
      return lowLevel.get().made();
    }
    ExpressionContext callee = Expressions.stripOptions(call.expression());
    if (!(callee instanceof MemberExpressionContext member)
        || ADDRESS_MEMBERS.contains(member.memberName().getText())) {
      return false;
    }
    ExpressionContext target = Expressions.unwrap(member.expression());
    if (target.getText().equals("this") || target.getText().equals("super")) {
      return false;
    }
    return contractTypeOf(function, target).isPresent();
  }

  /** The contract type of {@code expression}, when it is a variable of one or a cast to one. */
  public static Optional<String> contractTypeOf(
      FunctionModel function, ExpressionContext expression) {
    ExpressionContext target = Expressions.unwrap(expression);
    if (target instanceof CallExpressionContext cast
        && cast.expression() instanceof IdentifierExpressionContext type
        && cast.callArgumentList().expression().size() == 1
        && function.contract().sources().isContractType(type.getText())) {
      return Optional.of(type.getText());
    }
    return typeOf(function, target)
        .filter(type -> type.userDefinedTypeName() != null)
        .map(type -> type.userDefinedTypeName().getText())
        .filter(name -> isContractName(function, name));
  }

  /** Known contracts, and names that are no struct or enum here (an imported interface). */
  private static boolean isContractName(FunctionModel function, String name) {
    SourceModel sources = function.contract().sources();
    if (sources.contract(name).isPresent()) {
      return sources.isContractType(name);
    }
    return function.contract().struct(name).isEmpty()
        && !name.contains(".")
        && !sources.isEnum(name);
  }

  /** The declared type of a variable, an element of one, or a struct field, where it is known. */
  public static Optional<TypeNameContext> typeOf(
      FunctionModel function, ExpressionContext expression) {
    ExpressionContext target = Expressions.unwrap(expression);
    if (target instanceof IdentifierExpressionContext identifier) {
      return function.typeOf(identifier.getText());
    }
    if (target instanceof IndexExpressionContext index) {
      return typeOf(function, index.expression(0)).flatMap(Calls::elementType);
    }
    if (target instanceof MemberExpressionContext member) {
      return typeOf(function, member.expression())
          .filter(type -> type.userDefinedTypeName() != null)
          .flatMap(
              type ->
                  function
                      .contract()
                      .structMember(
                          type.userDefinedTypeName().getText(), member.memberName().getText()));
    }
    return Optional.empty();
  }

  private static Optional<TypeNameContext> elementType(TypeNameContext container) {
    MappingTypeContext mapping = container.mappingType();
    if (mapping != null) {
      return Optional.of(mapping.typeName(1));
    }
    if (container.typeName() != null && container.LBRACK() != null) {
      return Optional.of(container.typeName());
    }
    return Optional.empty();
  }

  /** The functions of the same contract that {@code call} may run ({@code f(..)} by name). */
  public static List<FunctionModel> internalTargets(
      FunctionModel function, CallExpressionContext call) {
    ExpressionContext callee = Expressions.stripOptions(call.expression());
    if (!(callee instanceof IdentifierExpressionContext identifier)) {
      return List.of();
    }
    String name = identifier.getText();
    return function.contract().allFunctions().stream().filter(f -> f.name().equals(name)).toList();
  }
}
