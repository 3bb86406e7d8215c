package dev.vizzor.cli;

import picocli.CommandLine.Command;

/** The {@code vizzor api} group: the local suite's lifecycle and the gateway's API keys. */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = "Start, stop and inspect the local suite; manage API keys.",
    subcommands = {
      ApiStartCommand.class,
      ApiStopCommand.class,
      ApiStatusCommand.class,
      ApiKeyCommand.class
    })
public final class ApiCommand extends CommandGroup {}
