package dev.vizzor.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.common.identity.Tier;
import io.vertx.redis.client.Command;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daily {@code /api/v1} quota on the shared path starts again at 00:00 UTC (DESIGN.md).
 *
 * <p>"Now" on this path is Redis's own clock ({@code TIME} inside admit.lua, so every gateway node
 * agrees), and a Redis clock cannot be set. Rather than a production seam that lets a caller choose
 * the time, the test reads Redis's clock itself, works out the UTC day number on its own (Unix
 * milliseconds ÷ 86 400 000: a UTC day is exactly that long in Unix time) and places counters under
 * the day keys, as the days would have left them: today's used up refuses until the next midnight;
 * yesterday's used up with nothing yet today is exactly what the first request after midnight
 * meets, and it gets the whole quota.
 */
class DailyQuotaResetTest {
  private static final long DAY_MILLIS = 86_400_000L;

  /** DESIGN.md: starter's daily quota on {@code /api/v1}. */
  private static final int STARTER_QUOTA = 24;

  private final LiveRedis redis = new LiveRedis();
  private final RedisLimiter limiter = new RedisLimiter(redis.client, new TestLimits(2));
  private final UUID account = UUID.randomUUID();

  @AfterEach
  void forgetTheAccountsCounters() {
    redis.close();
  }

  @Test
  void aQuotaUsedUpTodayRefusesUntilTheNextUtcMidnightAndCountsNothing() {
    long today = today();
    redis.send(Command.SET, counter(today), STARTER_QUOTA);

    long before = redis.nowMillis();
    LimitDecision decision = admit();
    long after = redis.nowMillis();

    assertEquals(LimitOutcome.DAILY_QUOTA_EXCEEDED, decision.outcome());
    long nextMidnight =
        LocalDate.ofInstant(Instant.ofEpochMilli(before), ZoneOffset.UTC)
            .plusDays(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .toEpochMilli();
    long reset = decision.limiting().orElseThrow().resetMillis();
    assertTrue(
        reset >= nextMidnight - after && reset <= nextMidnight - before,
        "resets at 00:00 UTC: " + reset + " ms from now");
    assertEquals(
        Integer.toString(STARTER_QUOTA), redis.send(Command.GET, counter(today)).toString());
  }

  @Test
  void theFirstRequestOfAUtcDayHasTheWholeQuotaHoweverMuchTheDayBeforeUsed() {
    long today = today();
    redis.send(Command.SET, counter(today - 1), STARTER_QUOTA);

    LimitDecision decision = admit();

    assertEquals(LimitOutcome.ADMITTED, decision.outcome());
    Policy day =
        decision.policies().stream().filter(p -> p.name().equals("day")).findFirst().orElseThrow();
    assertEquals(STARTER_QUOTA - 1, day.remaining());
    assertEquals("1", redis.send(Command.GET, counter(today)).toString());
  }

  private LimitDecision admit() {
    LimitRequest request =
        new LimitRequest.User(
            account, Optional.empty(), Tier.STARTER, 0, true, UUID.randomUUID().toString());
    return limiter.admit(request, List.of()).await().atMost(Duration.ofSeconds(5));
  }

  /**
   * Redis's UTC day number. Within a few seconds of midnight it waits for the new day, so the day a
   * test prepares is the day its request is counted in.
   */
  private long today() {
    Awaitility.await("clear of 00:00 UTC")
        .atMost(Duration.ofSeconds(15))
        .until(() -> DAY_MILLIS - redis.nowMillis() % DAY_MILLIS > 5_000);
    long day = redis.nowMillis() / DAY_MILLIS;
    redis.key(counter(day));
    redis.key(counter(day - 1));
    redis.key("vz:{a:" + account + "}:m");
    redis.key("vz:{a:" + account + "}:c");
    return day;
  }

  /** Where admit.lua keeps the account's count for UTC day {@code day}. */
  private String counter(long day) {
    return "vz:{a:" + account + "}:d:" + day;
  }
}
