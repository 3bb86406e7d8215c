package dev.vizzor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vizzor account credits <id | sub> <amount> [--note]}: {@code POST
 * /admin/accounts/{id|sub}/credits}, an operator's top-up of the account's chat credits.
 */
@Command(
    name = "credits",
    mixinStandardHelpOptions = true,
    description = "Add chat credits to an account (orchestrator-service's ledger).")
public final class AccountCreditsCommand implements Callable<Integer> {

  @Mixin AdminOptions admin;

  @Parameters(index = "0", paramLabel = "<id | sub>", description = AccountShowCommand.ACCOUNT_HELP)
  String account;

  @Parameters(index = "1", paramLabel = "<amount>", description = "Whole credits, 1 to 1000000.")
  long amount;

  @Option(names = "--note", description = "Why, kept in the ledger (at most 200 characters).")
  String note;

  @Override
  public Integer call() {
    return admin.call(
        (client, out) -> {
          var added = client.topUp(account, amount, note);
          out.println(
              "Added "
                  + AdminJson.text(added, "added")
                  + " credits to account "
                  + AdminJson.text(added, "accountId")
                  + "; its balance is "
                  + AdminJson.text(added, "balance")
                  + ".");
        });
  }
}
