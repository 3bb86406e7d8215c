package dev.vizzor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vizzor api start}: brings the whole suite up, in the foreground or detached. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "Start Kafka, PostgreSQL, Redis (external or embedded) and all seven services.")
public final class ApiStartCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "3100",
      description = "Gateway port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--admin-port",
      defaultValue = "9100",
      description =
          "Port of the gateway's admin API, on 127.0.0.1 only (default: ${DEFAULT-VALUE}).")
  int adminPort;

  @Option(
      names = "--first-service-port",
      defaultValue = "8081",
      paramLabel = "PORT",
      description =
          "The six services listen on this port and the five after it (default: ${DEFAULT-VALUE},"
              + " so 8081-8086), e.g. to run a second suite beside one.")
  int firstServicePort;

  @Option(
      names = "--detach",
      description = "Run the supervisor in the background and return once everything is ready.")
  boolean detach;

  @Option(
      names = "--embedded-stores",
      description =
          "Start embedded PostgreSQL and Redis even if local ones answer on 5432/6379"
              + " (VIZZOR_PG_URL / VIZZOR_REDIS_URL still win).")
  boolean embeddedStores;

  // Set by --detach on the background supervisor, so its "ready in" counts from the user's
  // command and not from its own launch.
  @Option(names = "--started-at", hidden = true, defaultValue = "0")
  long startedAtMillis;

  @Override
  public Integer call() throws Exception {
    long startedAt = startedAtMillis > 0 ? startedAtMillis : System.currentTimeMillis();
    SuiteLayout layout = SuiteLayout.fromWorkingDirectory();
    var running = SupervisorProcess.find(layout);
    if (running.isPresent()) {
      // Never start a second half of the suite next to a running one: ports and data collide.
      System.out.println("Vizzor suite is already running (pid " + running.get().pid() + ")");
      System.out.println(SuiteReport.live(layout, running.get()));
      return 0;
    }
    if (detach) {
      return new DetachedLauncher(layout)
          .launch(port, adminPort, firstServicePort, embeddedStores, startedAt);
    }
    return new Supervisor(layout, port, adminPort, firstServicePort, startedAt, embeddedStores)
        .run();
  }
}
