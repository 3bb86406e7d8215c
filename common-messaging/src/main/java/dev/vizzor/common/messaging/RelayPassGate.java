package dev.vizzor.common.messaging;

import java.time.Duration;

/**
 * Lets at most one relay pass run in this process, and lets shutdown wait for the running one: a
 * pass cut off mid-way would leave events Kafka took in the outbox, to be sent a second time.
 */
final class RelayPassGate {
  private boolean running;
  private boolean closed;

  /** True when the caller may run a pass now; it must call {@link #leave()} when done. */
  synchronized boolean tryEnter() {
    if (running || closed) {
      return false;
    }
    running = true;
    return true;
  }

  synchronized void leave() {
    running = false;
    notifyAll();
  }

  /** True once shutdown began: a running pass starts no further sends. */
  synchronized boolean closed() {
    return closed;
  }

  /**
   * Refuses every later pass and waits up to {@code timeout} for the running one; true when none is
   * running any more.
   */
  synchronized boolean closeAndAwait(Duration timeout) throws InterruptedException {
    closed = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (running) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
