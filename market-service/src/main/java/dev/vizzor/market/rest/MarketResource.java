package dev.vizzor.market.rest;

import dev.vizzor.common.error.VizzorError;
import dev.vizzor.market.domain.FearGreed;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.SourceArguments;
import dev.vizzor.market.domain.TrendingCoin;
import dev.vizzor.market.service.MarketData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/market")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "market")
public class MarketResource {
  static final int MAX_AGE_MINUTES = 1440;

  private final MarketData market;

  MarketResource(MarketData market) {
    this.market = market;
  }

  @Schema(description = "Trending coins, most notable first; source: the items' sources.")
  public record TrendingView(List<TrendingCoin> items, String source) {}

  public record FearGreedDay(int value, String classification, Instant timestamp) {}

  @Schema(description = "The latest index value; history: the last N days, newest first.")
  public record FearGreedView(
      int value,
      String classification,
      Instant timestamp,
      String source,
      List<FearGreedDay> history) {}

  @Schema(description = "DEX pairs created within maxAgeMinutes, newest first.")
  public record TrenchesView(List<NewPair> pairs, int maxAgeMinutes, String source) {}

  @GET
  @Path("/trending")
  @Operation(summary = "Trending coins, each with the reason it is listed")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = TrendingView.class)))
  @APIResponse(
      responseCode = "503",
      description = "service_unavailable: the live source is down",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<TrendingView> trending() {
    return market
        .trending()
        .map(items -> new TrendingView(items, sourceOf(items.stream().map(TrendingCoin::source))));
  }

  @GET
  @Path("/fear-greed")
  @Operation(summary = "Crypto Fear & Greed Index; history=N (0-1000) adds the last N days")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = FearGreedView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: history outside 0-1000",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<FearGreedView> fearGreed(@QueryParam("history") String history) {
    int days = Params.intIn("history", history, 0, 0, SourceArguments.MAX_FEAR_GREED_DAYS);
    return market.fearGreed(days).map(MarketResource::fearGreedView);
  }

  @GET
  @Path("/trenches")
  @Operation(summary = "New DEX pairs with liquidity and risk flags; maxAgeMinutes 1-1440, 30")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = TrenchesView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: maxAgeMinutes outside 1-1440",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<TrenchesView> trenches(@QueryParam("maxAgeMinutes") String maxAgeMinutes) {
    int minutes = Params.intIn("maxAgeMinutes", maxAgeMinutes, 30, 1, MAX_AGE_MINUTES);
    return market
        .newPairs(Duration.ofMinutes(minutes))
        .map(
            pairs ->
                new TrenchesView(pairs, minutes, sourceOf(pairs.stream().map(NewPair::source))));
  }

  private static FearGreedView fearGreedView(FearGreedHistory index) {
    FearGreed latest = index.latest();
    return new FearGreedView(
        latest.value(),
        latest.classification(),
        latest.timestamp(),
        latest.source(),
        index.history().stream()
            .map(day -> new FearGreedDay(day.value(), day.classification(), day.timestamp()))
            .toList());
  }

  /** The items' sources, comma-separated when mixed; the source's name when there are none. */
  private String sourceOf(Stream<String> itemSources) {
    String sources = itemSources.distinct().sorted().collect(Collectors.joining(","));
    return sources.isEmpty() ? market.sourceName() : sources;
  }
}
