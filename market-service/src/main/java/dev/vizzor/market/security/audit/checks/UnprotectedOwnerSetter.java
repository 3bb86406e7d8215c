package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.BinaryExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.FunctionDefinitionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IdentifierExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.IndexExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StateVariableDeclarationContext;
import dev.vizzor.market.security.audit.model.Callers;
import dev.vizzor.market.security.audit.model.Calls;
import dev.vizzor.market.security.audit.model.ContractModel;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A function any account may call that writes who is privileged: a variable the contract checks
 * callers against ({@code require(msg.sender == owner)}, {@code isOwner[msg.sender]}) or one named
 * as an owner. Catches unprotected initialisers and owner setters, and constructors whose name no
 * longer matches the contract (before 0.4.22 a misnamed constructor is a public function).
 */
public final class UnprotectedOwnerSetter implements SourceCheck {
  private static final Pattern OWNER_NAME =
      Pattern.compile("(?i).*(owner|admin|creator|controller|authority|governor).*");

  @Override
  public String rule() {
    return "unprotected-owner-setter";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (ContractModel contract : sources.contracts()) {
      Set<String> privileged = privileged(contract);
      for (FunctionModel function : contract.functions()) {
        if (function.body().isEmpty() || !Callers.anyoneCanCall(function) || sellsEntry(function)) {
          continue;
        }
        Set<String> written = writesThroughCalls(function, 0, new HashSet<>());
        written.retainAll(privileged);
        if (!written.isEmpty()) {
          findings.add(finding(function, written));
        }
      }
    }
    return findings;
  }

  /** A function that admits whoever pays ({@code require(msg.value >= fee)}) is gated by design. */
  private static boolean sellsEntry(FunctionModel function) {
    return Expressions.conditions(function.body().get()).stream()
        .anyMatch(condition -> condition.getText().contains("msg.value"));
  }

  /**
   * What the function writes, itself or through the functions it calls (initWallet →
   * initMultiowned).
   */
  private static Set<String> writesThroughCalls(
      FunctionModel function, int depth, Set<FunctionModel> visited) {
    Set<String> written =
        new LinkedHashSet<>(Expressions.stateWrites(function, function.body().get()));
    if (depth < 2) {
      for (CallExpressionContext call :
          Trees.all(function.body().get(), CallExpressionContext.class)) {
        for (FunctionModel target : Calls.internalTargets(function, call)) {
          if (target.body().isPresent() && visited.add(target)) {
            written.addAll(writesThroughCalls(target, depth + 1, visited));
          }
        }
      }
    }
    return written;
  }

  /** Variables the contract decides callers' rights with, and owner-named ones. */
  private static Set<String> privileged(ContractModel contract) {
    Map<String, StateVariableDeclarationContext> variables = contract.allStateVariables();
    Set<String> privileged = new LinkedHashSet<>();
    for (ContractModel member : contract.lineage()) {
      for (ExpressionContext condition : Expressions.conditions(member.definition())) {
        for (BinaryExpressionContext comparison :
            Trees.all(condition, BinaryExpressionContext.class)) {
          String operator = comparison.getChild(1).getText();
          if (operator.equals("==") || operator.equals("!=")) {
            addComparedWithCaller(comparison.expression(0), comparison.expression(1), privileged);
            addComparedWithCaller(comparison.expression(1), comparison.expression(0), privileged);
          }
        }
        for (IndexExpressionContext lookup : Trees.all(condition, IndexExpressionContext.class)) {
          if (Expressions.callerKeyed(lookup) && Expressions.usedAsFlag(lookup, condition)) {
            Expressions.root(lookup).ifPresent(privileged::add);
          }
        }
      }
    }
    variables.keySet().stream()
        .filter(name -> OWNER_NAME.matcher(name).matches())
        .forEach(privileged::add);
    privileged.retainAll(variables.keySet());
    return privileged;
  }

  /**
   * {@code msg.sender == owner}: a plain variable names who is privileged. A field of a record
   * ({@code channels[id].party == msg.sender}) is a participant of that record, not of the
   * contract.
   */
  private static void addComparedWithCaller(
      ExpressionContext caller, ExpressionContext other, Set<String> privileged) {
    String text = caller.getText();
    ExpressionContext named = Expressions.unwrap(other);
    if ((text.equals("msg.sender") || text.equals("tx.origin"))
        && named instanceof IdentifierExpressionContext) {
      privileged.add(named.getText());
    }
  }

  private SourceFinding finding(FunctionModel function, Set<String> written) {
    FunctionDefinitionContext definition = function.definition();
    int headerEnd =
        function.body().map(body -> body.getStart().getLine()).orElse(Trees.endLine(definition));
    boolean misnamedConstructor =
        function.name().equalsIgnoreCase(function.contract().name())
            || function.name().equalsIgnoreCase("constructor");
    return new SourceFinding(
        rule(),
        Category.ACCESS_CONTROL,
        "high",
        misnamedConstructor ? "high" : "medium",
        function.contract().file(),
        Trees.line(definition),
        headerEnd,
        "Anyone can call "
            + function.label()
            + ", which sets "
            + String.join(", ", written)
            + ", the "
            + (written.size() == 1 ? "variable" : "variables")
            + " this contract authorises callers with"
            + (misnamedConstructor
                ? "; it looks meant as the constructor, but its name makes it a public function."
                : "."),
        misnamedConstructor
            ? "Use the constructor keyword (Solidity 0.4.22+)."
            : "Restrict the function (onlyOwner) or make it callable once, by the deployer only.");
  }
}
