package dev.vizzor.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code vizzor agents status}: {@code GET /admin/agents/emergency-stop}, every active stop (the
 * operator's over every account, and each account's own over its agents) as a table.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "List the active emergency stops: scope (all or account), account, reason, pulled by,"
            + " since.")
public final class AgentsStatusCommand implements Callable<Integer> {
  private static final List<String> HEADERS =
      List.of("scope", "account", "reason", "pulled by", "since");

  @Mixin AdminOptions admin;

  @Override
  public Integer call() {
    return admin.call(
        (client, out) ->
            TextTable.print(
                out,
                HEADERS,
                client.agentStops().path("active"),
                stop ->
                    List.of(
                        AdminJson.text(stop, "scope"),
                        AdminJson.text(stop, "accountId"),
                        AdminJson.text(stop, "reason"),
                        AdminJson.text(stop, "pulledBy"),
                        AdminJson.time(stop, "haltedAt")),
                "No emergency stop is on: every running agent trades."));
  }
}
