package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.model.Calls;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.LowLevelCall;
import dev.vizzor.market.security.audit.model.SourceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Ether sent to many accounts in one loop: one recipient that rejects it (or a list long enough to
 * exhaust the block's gas) stops every payment, for good.
 */
public final class EtherPushInLoop implements SourceCheck {
  @Override
  public String rule() {
    return "ether-push-in-loop";
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      for (LowLevelCall call : Calls.lowLevelCalls(function.body().get())) {
        if (call.stipendOnly() && Loops.enclosingLoop(call.call()) != null) {
          findings.add(
              SourceFinding.at(
                  rule(),
                  Category.DENIAL_OF_SERVICE,
                  "medium",
                  "medium",
                  function.contract().file(),
                  call.call(),
                  "In "
                      + function.label()
                      + ", "
                      + call.call().getText()
                      + " pays inside a loop: one recipient that refuses ether, or a list too"
                      + " long for the block's gas, blocks every payment.",
                  "Let each recipient withdraw their own amount (pull payments)."));
        }
      }
    }
    return findings;
  }
}
