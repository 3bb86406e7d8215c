package dev.vizzor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code vizzor agents resume}: {@code DELETE /admin/agents/emergency-stop}, lifting the operator's
 * halt. An account's own stop is not the operator's to lift, so its agents stay halted.
 */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description =
        "Lift the operator's halt; agents no account's own stop holds trade again (vizzor agents"
            + " status lists those).")
public final class AgentsResumeCommand implements Callable<Integer> {

  @Mixin AdminOptions admin;

  @Override
  public Integer call() {
    return admin.call(
        (client, out) -> {
          var lifted = client.resumeEveryAgent();
          out.println(
              "Lifted the operator's halt of "
                  + AdminJson.time(lifted, "haltedAt")
                  + " at "
                  + AdminJson.time(lifted, "liftedAt")
                  + "; agents under no account's own stop trade again.");
        });
  }
}
