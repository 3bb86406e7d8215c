package dev.vizzor.cli;

import picocli.CommandLine.Command;

/** The {@code vizzor api key} group, backed by the gateway admin API's {@code /admin/keys}. */
@Command(
    name = "key",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke API keys (gateway admin API).",
    subcommands = {ApiKeyCreateCommand.class, ApiKeyListCommand.class, ApiKeyRevokeCommand.class})
public final class ApiKeyCommand extends CommandGroup {}
