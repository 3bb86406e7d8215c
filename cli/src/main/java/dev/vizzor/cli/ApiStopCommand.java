package dev.vizzor.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code vizzor api stop}: ends the supervisor, then anything it started that outlived it. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the local suite.")
public final class ApiStopCommand implements Callable<Integer> {

  private static final Duration SUPERVISOR_GRACE = Duration.ofSeconds(60);

  @Override
  public Integer call() {
    SuiteLayout layout = SuiteLayout.fromWorkingDirectory();
    var supervisor = SupervisorProcess.find(layout);
    boolean stoppedSupervisor = false;
    if (supervisor.isPresent()) {
      long pid = supervisor.get().pid();
      System.out.println("Stopping Vizzor suite (pid " + pid + ") ...");
      // SIGTERM lets the supervisor's shutdown hook stop services before Kafka and the stores.
      ProcessTerminator.stop(supervisor.get(), SUPERVISOR_GRACE);
      stoppedSupervisor = true;
    }
    // A supervisor killed with SIGKILL (or one that missed its grace period) leaves children.
    int leftovers = ChildRegistry.killSurvivors(layout.childrenFile());
    PidFile.delete(layout.pidFile());
    SuiteState.clear(layout);
    if (!stoppedSupervisor && leftovers == 0) {
      System.out.println("Vizzor suite is not running.");
    } else {
      if (stoppedSupervisor) {
        System.out.println("Stopped Vizzor suite.");
      }
      if (leftovers > 0) {
        System.out.println("Killed " + leftovers + " leftover process(es).");
      }
    }
    return 0;
  }
}
