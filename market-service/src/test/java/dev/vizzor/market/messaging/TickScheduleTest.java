package dev.vizzor.market.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Quote;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TickScheduleTest {
  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
  private final TickSchedule schedule = new TickSchedule(Duration.ofSeconds(50));

  private static Quote btc(String price) {
    BigDecimal p = new BigDecimal(price);
    return new Quote(Asset.of("BTC"), p, BigDecimal.ZERO, p, p, BigDecimal.ONE, T0, "replay");
  }

  @Test
  void aSymbolNeverTickedIsDue() {
    assertTrue(schedule.due(btc("100"), T0));
  }

  @Test
  void anUnchangedPriceWaitsUntilTheSilenceLimit() {
    schedule.sent(btc("100"), T0);

    assertFalse(schedule.due(btc("100.00"), T0.plusSeconds(49)));
    assertTrue(schedule.due(btc("100"), T0.plusSeconds(50)));
  }

  @Test
  void aChangedPriceIsDueAtOnce() {
    schedule.sent(btc("100"), T0);

    assertTrue(schedule.due(btc("100.00000001"), T0.plusSeconds(1)));
  }
}
