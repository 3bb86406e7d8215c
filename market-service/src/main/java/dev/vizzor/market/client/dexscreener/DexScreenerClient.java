package dev.vizzor.market.client.dexscreener;

import dev.vizzor.market.client.RestClients;
import dev.vizzor.market.config.MarketConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Live new pairs ("trenches"). DexScreener has no "new pairs" endpoint, so this takes two GETs: the
 * latest token profiles (freshly launched tokens are what get profiles) name up to {@value
 * #MAX_TOKENS} tokens, then {@code /latest/dex/tokens/{addresses}} returns their pairs in exactly
 * the shape of the recorded sample ({@code {"schemaVersion", "pairs": […]}}); {@link
 * ProfiledPairs#young} keeps those whose base is one of the tokens. Search ({@code
 * /latest/dex/search}) returns the same shape but ranks by relevance, not age, and {@code
 * /latest/dex/pairs/{chain}/{addresses}} needs the addresses first. Fault tolerance: the service's
 * policy for outbound calls.
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class DexScreenerClient {
  static final String SOURCE = "dexscreener";

  /** DexScreener's limit of addresses per tokens call. */
  static final int MAX_TOKENS = 30;

  private final DexScreenerApi api;

  DexScreenerClient(MarketConfig config) {
    this.api = RestClients.builder(SOURCE, config.dexscreener().url()).build(DexScreenerApi.class);
  }

  /** The pairs of the most recently profiled tokens, of any age. */
  public Uni<ProfiledPairs> latestPairs() {
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
                  ? Uni.createFrom().item(new ProfiledPairs(Set.of(), List.of()))
                  : api.pairsOfTokens(String.join(",", tokens))
                      .map(
                          page ->
                              new ProfiledPairs(
                                  tokens, page.pairs() == null ? List.of() : page.pairs()));
            });
  }
}
