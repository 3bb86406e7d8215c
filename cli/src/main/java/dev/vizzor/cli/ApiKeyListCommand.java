package dev.vizzor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vizzor api key list}: {@code GET /admin/keys} as a table; never shows key secrets. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List keys, revoked ones included, by name and display prefix.")
public final class ApiKeyListCommand implements Callable<Integer> {
  private static final List<String> HEADERS =
      List.of("name", "type", "prefix", "account", "tier", "created", "last used", "revoked");

  @Mixin AdminOptions admin;

  @Override
  public Integer call() {
    return admin.call((client, out) -> print(client.listKeys(), out));
  }

  private static void print(JsonNode answer, PrintWriter out) {
    TextTable.print(
        out,
        HEADERS,
        answer.path("data"),
        key ->
            List.of(
                AdminJson.text(key, "name"),
                AdminJson.text(key, "type"),
                AdminJson.text(key, "prefix"),
                AdminJson.text(key, "accountId"),
                AdminJson.text(key, "tier"),
                AdminJson.time(key, "createdAt"),
                AdminJson.time(key, "lastUsedAt"),
                AdminJson.time(key, "revokedAt")),
        "No keys yet. Create one with: vizzor api key create <name>");
  }
}
