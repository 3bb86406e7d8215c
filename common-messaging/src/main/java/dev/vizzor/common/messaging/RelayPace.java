package dev.vizzor.common.messaging;

import java.time.Duration;

/**
 * When the relay's next pass runs: after the interval normally; at once after a full batch (more
 * are waiting); after a pause that doubles with each failing pass, up to the maximum, while Kafka
 * refuses (a pass that could not publish everything it took, or that failed outright). One good
 * pass brings it back to the interval.
 */
final class RelayPace {
  private final Duration interval;
  private final Duration maxBackoff;
  private final int batchSize;
  private int failedPasses;

  RelayPace(Duration interval, Duration maxBackoff, int batchSize) {
    this.interval = interval;
    this.maxBackoff = maxBackoff;
    this.batchSize = batchSize;
  }

  synchronized Duration after(int claimed, int published) {
    if (published < claimed) {
      return afterFailure();
    }
    failedPasses = 0;
    return published == batchSize ? Duration.ZERO : interval;
  }

  synchronized Duration afterFailure() {
    failedPasses = Math.min(failedPasses + 1, 30);
    Duration pause = interval.multipliedBy(1L << failedPasses);
    return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
  }
}
