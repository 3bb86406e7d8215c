package dev.vizzor.cli;

import picocli.CommandLine.Command;

/**
 * The {@code vizzor agents} group: the operator's emergency stop of every agent of every account,
 * backed by the gateway admin API's {@code /admin/agents/emergency-stop} (agent-service behind it).
 */
@Command(
    name = "agents",
    mixinStandardHelpOptions = true,
    description = "Halt and resume every agent of every account (gateway admin API).",
    subcommands = {AgentsHaltCommand.class, AgentsResumeCommand.class, AgentsStatusCommand.class})
public final class AgentsCommand extends CommandGroup {}
