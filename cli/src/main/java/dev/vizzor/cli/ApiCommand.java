package dev.vizzor.cli;

import picocli.CommandLine.Command;

/**
 * The {@code vizzor api} group. Lifecycle commands live here; API-key and account commands join as
 * further subcommands of this group.
 */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = "Start, stop and inspect the local suite.",
    subcommands = {ApiStartCommand.class, ApiStopCommand.class, ApiStatusCommand.class})
public final class ApiCommand {}
