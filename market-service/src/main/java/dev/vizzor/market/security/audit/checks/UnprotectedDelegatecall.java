package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.model.Callers;
import dev.vizzor.market.security.audit.model.Calls;
import dev.vizzor.market.security.audit.model.Expressions;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.LowLevelCall;
import dev.vizzor.market.security.audit.model.SourceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code delegatecall} (or {@code callcode}) from a function any account may call: foreign code
 * runs with this contract's storage and balance. Worst when the caller picks the target or the call
 * data ({@code msg.data}, a parameter).
 */
public final class UnprotectedDelegatecall implements SourceCheck {
  @Override
  public String rule() {
    return "unprotected-delegatecall";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      if (!Callers.anyoneCanCall(function)) {
        continue;
      }
      for (LowLevelCall call : Calls.lowLevelCalls(function.body().get())) {
        if (call.kind().equals("delegatecall") || call.kind().equals("callcode")) {
          findings.add(finding(function, call, callerChosen(function, call)));
        }
      }
    }
    return findings;
  }

  private static boolean callerChosen(FunctionModel function, LowLevelCall call) {
    return Expressions.names(call.call()).stream().anyMatch(function::isParameter)
        || call.call().getText().contains("msg.data");
  }

  private SourceFinding finding(FunctionModel function, LowLevelCall call, boolean callerChosen) {
    return SourceFinding.at(
        rule(),
        Category.ACCESS_CONTROL,
        callerChosen ? "high" : "medium",
        callerChosen ? "high" : "medium",
        function.contract().file(),
        call.call(),
        "Anyone can call "
            + function.label()
            + ", which runs "
            + call.target().getText()
            + "'s code with this contract's storage and ether"
            + (callerChosen ? ", with a target or call data the caller chooses." : "."),
        "Restrict who may trigger the delegatecall and allow only known functions of a fixed"
            + " target.");
  }
}
