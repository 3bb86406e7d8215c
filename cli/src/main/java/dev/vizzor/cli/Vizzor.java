package dev.vizzor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vizzor} command. */
@Command(
    name = "vizzor",
    mixinStandardHelpOptions = true,
    version = "vizzor 0.1.0",
    description = "Runs and manages the Vizzor suite.",
    subcommands = {ApiCommand.class, AccountCommand.class})
public final class Vizzor extends CommandGroup {

  public static void main(String[] args) {
    // Embedded PostgreSQL and Redis log through slf4j in this JVM; only problems belong on the
    // console, which is reserved for the status the user asked for.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.exit(new CommandLine(new Vizzor()).execute(args));
  }
}
