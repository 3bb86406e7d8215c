package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.model.Callers;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.model.Trees;
import java.util.ArrayList;
import java.util.List;

/** {@code selfdestruct} (or the old {@code suicide}) in a function any account may call. */
public final class UnprotectedSelfdestruct implements SourceCheck {
  @Override
  public String rule() {
    return "unprotected-selfdestruct";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (!Callers.anyoneCanCall(function)) {
        continue;
      }
      for (CallExpressionContext call :
          Trees.all(function.body().get(), CallExpressionContext.class)) {
        String name = Expressions.calleeName(call);
        if (name.equals("selfdestruct") || name.equals("suicide")) {
          findings.add(
              SourceFinding.at(
                  rule(),
                  Category.ACCESS_CONTROL,
                  "high",
                  "high",
                  function.contract().file(),
                  call,
                  "Anyone can call "
                      + function.label()
                      + ", which destroys the contract and sends its ether to "
                      + call.callArgumentList().getText()
                      + ".",
                  "Restrict the function to the owner (a modifier checking msg.sender) or remove"
                      + " it."));
        }
      }
    }
    return findings;
  }
}
