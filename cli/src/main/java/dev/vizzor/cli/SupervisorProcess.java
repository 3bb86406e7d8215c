package dev.vizzor.cli;

import java.util.Optional;

/** Finds the live supervisor recorded in {@code suite.pid}, ignoring stale or reused pids. */
public final class SupervisorProcess {
  private SupervisorProcess() {}

  public static Optional<ProcessHandle> find(SuiteLayout layout) {
    var pid = PidFile.read(layout.pidFile());
    if (pid.isEmpty() || pid.getAsLong() == ProcessHandle.current().pid()) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid.getAsLong())
        .filter(ProcessHandle::isAlive)
        // After a reboot the pid may belong to anything; the supervisor is always a JVM.
        .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(true));
  }
}
