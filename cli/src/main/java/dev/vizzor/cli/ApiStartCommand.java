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
      names = "--detach",
      description = "Run the supervisor in the background and return once everything is ready.")
  boolean detach;

  @Override
  public Integer call() throws Exception {
    long startedNanos = System.nanoTime();
    SuiteLayout layout = SuiteLayout.fromWorkingDirectory();
    var running = SupervisorProcess.find(layout);
    if (running.isPresent()) {
      // Never start a second half of the suite next to a running one: ports and data collide.
      System.out.println("Vizzor suite is already running (pid " + running.get().pid() + ")");
      System.out.println(SuiteReport.live(layout, running.get()));
      return 0;
    }
    if (detach) {
      return new DetachedLauncher(layout).launch(port);
    }
    return new Supervisor(layout, port, startedNanos).run();
  }
}
