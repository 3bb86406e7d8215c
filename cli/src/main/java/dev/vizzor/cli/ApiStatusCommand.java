package dev.vizzor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code vizzor api status}: the status table from live health checks. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show what runs, where, and whether it is healthy.")
public final class ApiStatusCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    SuiteLayout layout = SuiteLayout.fromWorkingDirectory();
    var supervisor = SupervisorProcess.find(layout);
    if (supervisor.isEmpty()) {
      System.out.println("Vizzor suite is not running.");
      return 0;
    }
    System.out.println("Vizzor suite supervisor: pid " + supervisor.get().pid());
    System.out.println(SuiteReport.live(layout, supervisor.get()));
    return 0;
  }
}
