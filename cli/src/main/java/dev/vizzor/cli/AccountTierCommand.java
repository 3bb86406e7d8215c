package dev.vizzor.cli;

import dev.vizzor.common.identity.Tier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vizzor account tier <id | sub> <tier>}: {@code PUT /admin/accounts/{id|sub}/tier}. */
@Command(
    name = "tier",
    mixinStandardHelpOptions = true,
    description = "Set an account's tier; its limits change at once, its keys stay valid.")
public final class AccountTierCommand implements Callable<Integer> {

  @Mixin AdminOptions admin;

  @Parameters(index = "0", paramLabel = "<id | sub>", description = AccountShowCommand.ACCOUNT_HELP)
  String account;

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
          var changed = client.setTier(account, tier);
          out.println(
              "Account "
                  + AccountShowCommand.name(changed)
                  + " is now on tier "
                  + AdminJson.text(changed, "tier")
                  + ".");
        });
  }
}
