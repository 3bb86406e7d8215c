package dev.vizzor.market.replay;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.client.dexscreener.DexPair;
import dev.vizzor.market.client.dexscreener.NewPairs;
import dev.vizzor.market.domain.NewPair;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * New pairs offline: the bundled real DexScreener capture (three Solana pairs created within 15
 * minutes of each other), shifted onto the replay clock. The newest pair is presented as created at
 * the replay instant and the others keep their real distance from it (about 8.2 and 14.9 minutes
 * older), so "created in the last N minutes" filters them as it would have at capture time.
 * Liquidity, volume and prices are the captured ones; the source says {@value #SOURCE}.
 */
final class SampleNewPairs {
  static final String SOURCE = "bundled-sample";
  static final String RESOURCE = "replay/dexscreener_pairs_solana_3pairs.capture.json";

  private final List<DexPair> pairs;
  private final long newestCreatedAt;

  SampleNewPairs(List<DexPair> pairs) {
    this.pairs = List.copyOf(pairs);
    this.newestCreatedAt = pairs.stream().mapToLong(DexPair::pairCreatedAt).max().orElse(0);
  }

  static SampleNewPairs load() {
    ObjectMapper mapper =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream json = SampleNewPairs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (json == null) {
        throw new IllegalStateException("bundled DexScreener sample missing: " + RESOURCE);
      }
      return new SampleNewPairs(mapper.readValue(json, DexPair.Page.class).pairs());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  List<NewPair> at(Instant now, Duration maxAge) {
    Instant oldest = now.minus(maxAge);
    return pairs.stream()
        .map(pair -> NewPairs.of(pair, shifted(pair, now), now, SOURCE))
        .filter(pair -> !pair.createdAt().isBefore(oldest))
        .sorted(Comparator.comparing(NewPair::createdAt).reversed())
        .toList();
  }

  private Instant shifted(DexPair pair, Instant now) {
    return now.minusMillis(newestCreatedAt - pair.pairCreatedAt());
  }
}
