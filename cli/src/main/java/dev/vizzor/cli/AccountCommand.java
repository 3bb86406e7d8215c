package dev.vizzor.cli;

import picocli.CommandLine.Command;

/** The {@code vizzor account} group, backed by the gateway admin API's {@code /admin/accounts}. */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    description = "Manage accounts (gateway admin API).",
    subcommands = {
      AccountListCommand.class,
      AccountShowCommand.class,
      AccountTierCommand.class,
      AccountCreditsCommand.class
    })
public final class AccountCommand extends CommandGroup {}
