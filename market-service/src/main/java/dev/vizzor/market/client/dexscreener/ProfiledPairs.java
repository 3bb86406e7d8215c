package dev.vizzor.market.client.dexscreener;

import dev.vizzor.market.domain.NewPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The addresses of freshly profiled tokens and the pairs DexScreener lists for them. */
public record ProfiledPairs(Set<String> tokens, List<DexPair> pairs) {

  /**
   * The pairs based on one of the tokens and created within {@code maxAge} before {@code now},
   * newest first, their risk flags judged at {@code now}.
   */
  public List<NewPair> young(Duration maxAge, Instant now) {
    Instant oldest = now.minus(maxAge);
    Map<String, NewPair> byAddress = new LinkedHashMap<>();
    for (DexPair pair : pairs) {
      if (pair.pairCreatedAt() == null
          || pair.baseToken() == null
          || !tokens.contains(pair.baseToken().address())) {
        continue;
      }
      Instant createdAt = Instant.ofEpochMilli(pair.pairCreatedAt());
      if (!createdAt.isBefore(oldest)) {
        byAddress.putIfAbsent(
            pair.pairAddress(), NewPairs.of(pair, createdAt, now, DexScreenerClient.SOURCE));
      }
    }
    return byAddress.values().stream()
        .sorted(Comparator.comparing(NewPair::createdAt).reversed())
        .toList();
  }
}
