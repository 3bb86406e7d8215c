package dev.vizzor.market.client.dexscreener;

import dev.vizzor.market.client.RestClients;
import dev.vizzor.market.client.UpstreamRejectedException;
import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.domain.NewPair;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Live new pairs ("trenches"). DexScreener has no "new pairs" endpoint, so this takes two GETs: the
 * latest token profiles (freshly launched tokens are what get profiles) name up to {@value
 * #MAX_TOKENS} tokens, then {@code /latest/dex/tokens/{addresses}} returns their pairs in exactly
 * the shape of the recorded sample ({@code {"schemaVersion", "pairs": […]}}); pairs whose base is
 * one of those tokens and that were created within the asked age are kept. Search ({@code
 * /latest/dex/search}) returns the same shape but ranks by relevance, not age, and {@code
 * /latest/dex/pairs/{chain}/{addresses}} needs the addresses first. Fault tolerance as in {@code
 * BinanceClient}.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(
    maxRetries = 2,
    delay = 250,
    jitter = 200,
    abortOn = {UpstreamRejectedException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = 30,
    delayUnit = ChronoUnit.SECONDS,
    successThreshold = 2,
    skipOn = UpstreamRejectedException.class)
public class DexScreenerClient {
  static final String SOURCE = "dexscreener";

  /** DexScreener's limit of addresses per tokens call. */
  static final int MAX_TOKENS = 30;

  private final DexScreenerApi api;
  private final Clock clock;

  DexScreenerClient(MarketConfig config, Clock clock) {
    this.api = RestClients.builder(SOURCE, config.dexscreener().url()).build(DexScreenerApi.class);
    this.clock = clock;
  }

  /** Pairs of recently profiled tokens created within {@code maxAge}, newest first. */
  public Uni<List<NewPair>> newPairs(Duration maxAge) {
    return api.latestTokenProfiles()
        .flatMap(
            profiles -> {
              Set<String> tokens =
                  profiles.stream()
                      .map(DexTokenProfile::tokenAddress)
                      .filter(Objects::nonNull)
                      .distinct()
                      .limit(MAX_TOKENS)
                      .collect(Collectors.toCollection(LinkedHashSet::new));
              return tokens.isEmpty()
                  ? Uni.createFrom().item(List.<NewPair>of())
                  : api.pairsOfTokens(String.join(",", tokens))
                      .map(page -> young(page, tokens, maxAge));
            });
  }

  private List<NewPair> young(DexPair.Page page, Set<String> tokens, Duration maxAge) {
    Instant now = clock.instant();
    Instant oldest = now.minus(maxAge);
    Map<String, NewPair> byAddress = new LinkedHashMap<>();
    for (DexPair pair : page.pairs() == null ? List.<DexPair>of() : page.pairs()) {
      if (pair.pairCreatedAt() == null
          || pair.baseToken() == null
          || !tokens.contains(pair.baseToken().address())) {
        continue;
      }
      Instant createdAt = Instant.ofEpochMilli(pair.pairCreatedAt());
      if (!createdAt.isBefore(oldest)) {
        byAddress.putIfAbsent(pair.pairAddress(), NewPairs.of(pair, createdAt, now, SOURCE));
      }
    }
    return byAddress.values().stream()
        .sorted(Comparator.comparing(NewPair::createdAt).reversed())
        .toList();
  }
}
