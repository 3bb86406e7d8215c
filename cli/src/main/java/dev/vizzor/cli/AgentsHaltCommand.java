package dev.vizzor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vizzor agents halt [--reason TEXT]}: {@code POST /admin/agents/emergency-stop}, the
 * operator's halt of every agent of every account. Pulling it while it is on answers the stop
 * already on, so the message speaks of the state rather than of a change.
 */
@Command(
    name = "halt",
    mixinStandardHelpOptions = true,
    description =
        "Halt every agent of every account until vizzor agents resume (agent-service's emergency"
            + " stop).")
public final class AgentsHaltCommand implements Callable<Integer> {

  @Mixin AdminOptions admin;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why, shown in each agent's decisions (at most 200 characters).")
  String reason;

  @Override
  public Integer call() {
    return admin.call(
        (client, out) -> {
          var stop = client.haltEveryAgent(reason);
          out.println(
              "Every agent of every account is halted since "
                  + AdminJson.time(stop, "haltedAt")
                  + " ("
                  + AdminJson.text(stop, "reason")
                  + "); vizzor agents resume lifts it.");
        });
  }
}
