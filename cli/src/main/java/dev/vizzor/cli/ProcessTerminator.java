package dev.vizzor.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and everything it spawned: politely first, then by force. */
public final class ProcessTerminator {
  private ProcessTerminator() {}

  /** SIGTERM, wait up to {@code grace}, then SIGKILL the process and any descendant left. */
  public static void stop(ProcessHandle process, Duration grace) {
    // Snapshot first: once the parent exits its children are re-parented and no longer listed.
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } catch (ExecutionException e) {
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** SIGKILL a process and its descendants, for leftovers that nothing is waiting for. */
  public static void kill(ProcessHandle process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }
}
