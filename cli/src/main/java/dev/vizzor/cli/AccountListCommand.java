package dev.vizzor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vizzor account list}: {@code GET /admin/accounts}, newest first, one page. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List accounts, newest first: id, Supabase user, tier, active keys, created.")
public final class AccountListCommand implements Callable<Integer> {
  private static final List<String> HEADERS = List.of("id", "sub", "tier", "keys", "created");

  @Mixin AdminOptions admin;

  @Option(
      names = "--limit",
      defaultValue = "50",
      paramLabel = "N",
      description = "Accounts per page, 1 to 500 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description = "Continue after the previous page (the command prints the next one's line).")
  String after;

  @Override
  public Integer call() {
    return admin.call((client, out) -> print(client.listAccounts(limit, after), out));
  }

  private void print(JsonNode page, PrintWriter out) {
    boolean any =
        TextTable.print(
            out,
            HEADERS,
            page.path("data"),
            account ->
                List.of(
                    AdminJson.text(account, "id"),
                    AdminJson.text(account, "sub"),
                    AdminJson.text(account, "tier"),
                    AdminJson.text(account, "keys"),
                    AdminJson.time(account, "createdAt")),
            "No accounts yet. A key creates one (vizzor api key create <name>), and so does a"
                + " Supabase user's first request.");
    String next = AdminJson.text(page, "next");
    if (any && !AdminJson.NONE.equals(next)) {
      out.println("More: vizzor account list --limit " + limit + " --after " + next);
    }
  }
}
