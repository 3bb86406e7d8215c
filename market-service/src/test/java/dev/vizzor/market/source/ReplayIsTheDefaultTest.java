package dev.vizzor.market.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Without configuration the service replays, from the configured default start, at speed 1. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class ReplayIsTheDefaultTest {
  private static final Instant DEFAULT_START = Instant.parse("2023-01-01T00:00:00Z");

  @Inject MarketSource market;

  @Test
  void theInjectedSourceIsTheReplayStartingAtItsDefaultInstant() {
    assertEquals("replay", market.name());
    assertEquals(KnownAsset.assets(), market.knownAssets());
    Quote btc = market.quote(Asset.of("BTC")).await().indefinitely().orElseThrow();
    assertEquals("replay", btc.source());
    Duration sinceStart = Duration.between(DEFAULT_START, btc.asOf());
    assertTrue(
        !sinceStart.isNegative() && sinceStart.compareTo(Duration.ofMinutes(10)) < 0,
        "replayed instant " + btc.asOf() + " follows the wall clock from the default start");
  }
}
