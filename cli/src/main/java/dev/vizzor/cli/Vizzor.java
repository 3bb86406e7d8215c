package dev.vizzor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vizzor} command. */
@Command(
    name = "vizzor",
    mixinStandardHelpOptions = true,
    version = "vizzor 0.1.0",
    description = "Runs and manages the Vizzor suite.",
    subcommands = {ApiCommand.class, AccountCommand.class, AgentsCommand.class, EvalCommand.class})
public final class Vizzor extends CommandGroup {
  /**
   * Tribuo reports training progress through java.util.logging at INFO; vizzor eval's own progress
   * is enough on standard error. Held here: java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger TRIBUO_LOG =
      java.util.logging.Logger.getLogger("org.tribuo");

  public static void main(String[] args) {
    // Embedded PostgreSQL and Redis log through slf4j in this JVM; only problems belong on the
    // console, which is reserved for the status the user asked for.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(new CommandLine(new Vizzor()).execute(args));
  }
}
