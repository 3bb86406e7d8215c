package dev.vizzor.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.common.identity.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-node fallback: the same policies as the Redis script, at limit ÷ expected replicas. */
class LocalLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T23:59:00Z"));
  private final LocalLimiter limiter = new LocalLimiter(new TestLimits(2), clock);
  private final UUID account = UUID.randomUUID();
  private final UUID key = UUID.randomUUID();

  @Test
  void eachNodeAdmitsItsShareOfTheKeysMinuteLimitInASlidingWindow() {
    List<LimitOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      LimitDecision decision = limiter.admit(apiKey(Tier.PRO));
      outcomes.add(decision.outcome());
      decision.lease().ifPresent(limiter::release);
    }
    assertEquals(150, outcomes.stream().filter(o -> o == LimitOutcome.ADMITTED).count());
    clock.advance(Duration.ofSeconds(59));
    assertEquals(LimitOutcome.MINUTE_EXCEEDED, limiter.admit(apiKey(Tier.PRO)).outcome());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(LimitOutcome.ADMITTED, limiter.admit(apiKey(Tier.PRO)).outcome());
  }

  @Test
  void dailyQuotaCountsOnlyVelocityCallsAndResetsAtUtcMidnight() {
    int admitted = 0;
    for (int i = 0; i < 20; i++) {
      LimitDecision decision = limiter.admit(velocity(Tier.STARTER));
      if (decision.admitted()) {
        admitted++;
        limiter.release(decision.lease().orElseThrow());
      }
    }
    assertEquals(12, admitted, "starter's 24/day, halved for two replicas");
    LimitDecision refused = limiter.admit(velocity(Tier.STARTER));
    assertEquals(LimitOutcome.DAILY_QUOTA_EXCEEDED, refused.outcome());
    assertEquals(60, refused.retryAfterSeconds(), "one minute to 00:00 UTC");
    clock.advance(Duration.ofMinutes(1));
    assertEquals(LimitOutcome.ADMITTED, limiter.admit(velocity(Tier.STARTER)).outcome());
  }

  @Test
  void concurrencySlotsAreHeldUntilReleasedAndARefusalConsumesNothing() {
    List<LimitDecision> held = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      held.add(limiter.admit(apiKey(Tier.PRO)));
    }
    LimitDecision refused = limiter.admit(apiKey(Tier.PRO));
    assertEquals(LimitOutcome.CONCURRENCY_EXCEEDED, refused.outcome());
    int minuteRemaining =
        refused.policies().stream()
            .filter(p -> p.name().equals(Policy.MINUTE))
            .findFirst()
            .orElseThrow()
            .remaining();
    assertEquals(150 - 5, minuteRemaining, "the refused request was not counted");
    limiter.release(held.get(0).lease().orElseThrow());
    assertEquals(LimitOutcome.ADMITTED, limiter.admit(apiKey(Tier.PRO)).outcome());
  }

  @Test
  void freeTierHasNoVelocityAccess() {
    assertEquals(LimitOutcome.TIER_TOO_LOW, limiter.admit(velocity(Tier.FREE)).outcome());
  }

  private LimitRequest apiKey(Tier tier) {
    return new LimitRequest.User(account, Optional.of(key), tier, 300, false, AdmissionIds.next());
  }

  private LimitRequest velocity(Tier tier) {
    return new LimitRequest.User(account, Optional.empty(), tier, 0, true, AdmissionIds.next());
  }

  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
