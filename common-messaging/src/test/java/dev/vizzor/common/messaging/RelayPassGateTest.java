package dev.vizzor.common.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RelayPassGateTest {

  @Test
  void onlyOnePassRunsAtATime() {
    RelayPassGate gate = new RelayPassGate();

    assertTrue(gate.tryEnter());
    assertFalse(gate.tryEnter());
    gate.leave();
    assertTrue(gate.tryEnter());
  }

  @Test
  void shutdownWaitsForTheRunningPassAndThenRefusesNewOnes() throws Exception {
    RelayPassGate gate = new RelayPassGate();
    gate.tryEnter();

    CompletableFuture<Boolean> shutdown =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return gate.closeAndAwait(Duration.ofSeconds(10));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    // closed() can only answer true once closeAndAwait holds no monitor, i.e. waits.
    await().atMost(Duration.ofSeconds(10)).until(gate::closed);
    assertFalse(shutdown.isDone(), "shutdown did not wait for the running pass");

    gate.leave();
    assertTrue(shutdown.get(5, TimeUnit.SECONDS));
    assertFalse(gate.tryEnter());
  }

  @Test
  void shutdownGivesUpWaitingAfterItsTimeout() throws Exception {
    RelayPassGate gate = new RelayPassGate();
    gate.tryEnter();

    assertFalse(gate.closeAndAwait(Duration.ofMillis(100)));
  }
}
