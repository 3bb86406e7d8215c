package dev.vizzor.cli;

import dev.vizzor.common.identity.Tier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vizzor account tier <id> <tier>}: {@code PUT /admin/accounts/{id}/tier}. */
@Command(
    name = "tier",
    mixinStandardHelpOptions = true,
    description = "Set an account's tier; its limits change at once, its keys stay valid.")
public final class AccountTierCommand implements Callable<Integer> {

  @Mixin AdminOptions admin;

  @Parameters(index = "0", paramLabel = "<id>", description = "Account id (see api key list).")
  String accountId;

  @Parameters(
      index = "1",
      paramLabel = "<tier>",
      converter = TierConverter.class,
      description = "free, starter, pro, unlimited, startup or enterprise.")
  Tier tier;

  @Override
  public Integer call() {
    return admin.call(
        (client, out) -> {
          var account = client.setTier(accountId, tier);
          out.println(
              "Account "
                  + AdminJson.text(account, "id")
                  + " is now on tier "
                  + AdminJson.text(account, "tier")
                  + ".");
        });
  }
}
