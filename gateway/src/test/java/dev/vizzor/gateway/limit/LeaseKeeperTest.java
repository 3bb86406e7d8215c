package dev.vizzor.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * This node's concurrency leases in the real Redis: finished ones are given back once, by the next
 * admission step or by the keeper's own timer when traffic pauses; open ones are renewed before
 * they expire.
 */
class LeaseKeeperTest {
  /** Short, so the keeper renews every second (a third of it) while the test watches. */
  private static final Duration SLOT_LEASE = Duration.ofSeconds(3);

  private final LiveRedis redis = new LiveRedis();
  private final TestLimits config = new TestLimits(2, SLOT_LEASE);
  private final RedisLimiter limiter = new RedisLimiter(redis.client, config);
  private final LeaseKeeper keeper =
      new LeaseKeeper(
          redis.vertx,
          limiter,
          new RedisState(redis.vertx, limiter, new LocalLimiter(config, Clock.systemUTC()), config),
          config);
  private final String slots = redis.key("vz:{a:" + UUID.randomUUID() + "}:c");

  @AfterEach
  void stop() {
    keeper.stop(null);
    redis.close();
  }

  @Test
  void aFinishedLeaseIsQueuedOnceAndOnlyIfThisNodeHeldIt() {
    Lease held = new Lease(slots, "held", false);
    keeper.holding(held);
    keeper.finished(held);
    keeper.finished(held);
    keeper.finished(new Lease(slots, "never-held", false));

    assertEquals(List.of(held), keeper.drain());
    assertEquals(List.of(), keeper.drain());
  }

  @Test
  void releasesLeaveInBatchesOf500AndAFailedBatchIsQueuedAgain() {
    List<Lease> finished = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      Lease lease = new Lease(slots, "r-" + i, false);
      keeper.holding(lease);
      keeper.finished(lease);
      finished.add(lease);
    }
    List<Lease> first = keeper.drain();
    assertEquals(finished.subList(0, 500), first);
    assertEquals(finished.subList(500, 501), keeper.drain());

    keeper.requeue(first);
    assertEquals(first, keeper.drain(), "the admission step that carried them failed");
  }

  @Test
  void aFinishedLeaseLeavesRedisWithoutWaitingForTheNextRequest() {
    admitted("finished");
    Lease lease = new Lease(slots, "finished", false);
    keeper.holding(lease);
    keeper.start(null);

    keeper.finished(lease);

    Awaitility.await("the slot given back")
        .atMost(Duration.ofSeconds(5))
        .until(() -> redis.send(Command.ZSCORE, slots, "finished") == null);
  }

  @Test
  void aHeldLeaseIsRenewedBeforeItExpires() {
    long expiresAt = admitted("streaming");
    keeper.holding(new Lease(slots, "streaming", false));
    keeper.start(null);

    Awaitility.await("the lease renewed")
        .atMost(SLOT_LEASE.multipliedBy(3))
        .until(() -> expiry("streaming") > expiresAt);
    assertTrue(redis.send(Command.PTTL, slots).toLong() > 0, "the set's own expiry moved too");
  }

  /** A slot as the admission step leaves it: expiring one lease from now. Returns its expiry. */
  private long admitted(String member) {
    long expiresAt = redis.nowMillis() + SLOT_LEASE.toMillis();
    redis.send(Command.ZADD, slots, expiresAt, member);
    redis.send(Command.PEXPIRE, slots, SLOT_LEASE.toMillis());
    return expiresAt;
  }

  private long expiry(String member) {
    Response score = redis.send(Command.ZSCORE, slots, member);
    return score == null ? -1 : (long) Double.parseDouble(score.toString());
  }
}
