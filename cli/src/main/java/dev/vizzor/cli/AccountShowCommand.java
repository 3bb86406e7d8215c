package dev.vizzor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vizzor account show <id | sub>}: {@code GET /admin/accounts/{id|sub}}. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show one account: its tier, Supabase user, active keys and creation time.")
public final class AccountShowCommand implements Callable<Integer> {
  static final String ACCOUNT_HELP =
      "Account id (see account list, api key list) or the Supabase user id (JWT sub) of an account"
          + " first seen through a Supabase token.";

  @Mixin AdminOptions admin;

  @Parameters(paramLabel = "<id | sub>", description = ACCOUNT_HELP)
  String account;

  @Override
  public Integer call() {
    return admin.call(
        (client, out) -> {
          JsonNode found = client.account(account);
          out.println("id:       " + AdminJson.text(found, "id"));
          out.println("sub:      " + AdminJson.text(found, "sub"));
          out.println("tier:     " + AdminJson.text(found, "tier"));
          out.println("keys:     " + AdminJson.text(found, "keys") + " active");
          out.println("created:  " + AdminJson.time(found, "createdAt"));
        });
  }

  /** The account's id, and its Supabase user when it has one, for one-line messages. */
  static String name(JsonNode account) {
    String sub = AdminJson.text(account, "sub");
    return AdminJson.text(account, "id")
        + (AdminJson.NONE.equals(sub) ? "" : " (Supabase user " + sub + ")");
  }
}
