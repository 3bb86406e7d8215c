package dev.vizzor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.identity.Tier;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vizzor api key create <name>}: {@code POST /admin/keys}, printing the key once. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Create a key; the key itself is printed once and cannot be shown again.")
public final class ApiKeyCreateCommand implements Callable<Integer> {

  @Mixin AdminOptions admin;

  @Parameters(
      paramLabel = "<name>",
      description = "Unique among active keys; revoke the key by this name.")
  String name;

  @Option(
      names = "--type",
      defaultValue = "api",
      converter = KeyType.Converter.class,
      paramLabel = "api|vel",
      description =
          "api: sent as X-API-Key (default); vel: a Velocity key, sent as"
              + " Authorization: Bearer vel_…")
  KeyType type;

  @Option(
      names = "--account",
      paramLabel = "ID|SUB",
      description =
          "Add the key to this account (its id, or its Supabase user's sub); without it a new"
              + " account is created.")
  String accountId;

  @Option(
      names = "--tier",
      converter = TierConverter.class,
      paramLabel = "TIER",
      description =
          "free, starter, pro, unlimited, startup or enterprise. A new account gets it (default"
              + " pro); with --account it changes that account's tier.")
  Tier tier;

  @Override
  public Integer call() {
    return admin.call((client, out) -> print(client.createKey(name, type, accountId, tier), out));
  }

  private static void print(JsonNode key, PrintWriter out) {
    String type = AdminJson.text(key, "type");
    String usage = KeyType.fromWireName(type).map(t -> "  (send as " + t.usage() + ")").orElse("");
    out.println(
        "Created key \"" + AdminJson.text(key, "name") + "\". It is shown once; store it now:");
    out.println();
    out.println("    " + AdminJson.text(key, "key"));
    out.println();
    out.println("name:     " + AdminJson.text(key, "name"));
    out.println("type:     " + type + usage);
    out.println("account:  " + AdminJson.text(key, "accountId"));
    out.println("tier:     " + AdminJson.text(key, "tier"));
    out.println("prefix:   " + AdminJson.text(key, "prefix") + "  (how lists show it)");
    out.println("created:  " + AdminJson.time(key, "createdAt"));
  }
}
