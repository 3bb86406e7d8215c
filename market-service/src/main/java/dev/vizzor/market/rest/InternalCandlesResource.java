package dev.vizzor.market.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.SymbolNormalizer;
import dev.vizzor.market.service.MarketData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Candles for the other services (not routed by the gateway). Like every business path it needs the
 * internal token; services calling each other present the token of the request they serve.
 */
@Path("/internal/candles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "internal")
public class InternalCandlesResource {
  /** Without {@code from}: this many intervals before {@code to} (a week of hourly candles). */
  static final int DEFAULT_CANDLES = 168;

  private static final Map<String, Duration> INTERVALS =
      Map.of(
          "1h", Duration.ofHours(1),
          "2h", Duration.ofHours(2),
          "4h", Duration.ofHours(4),
          "6h", Duration.ofHours(6),
          "8h", Duration.ofHours(8),
          "12h", Duration.ofHours(12),
          "1d", Duration.ofDays(1));

  private final MarketData market;

  InternalCandlesResource(MarketData market) {
    this.market = market;
  }

  public record CandlesView(
      String symbol,
      String interval,
      Instant from,
      Instant to,
      String source,
      List<Candle> candles) {}

  @GET
  @Path("/{symbol}")
  @Operation(
      summary = "Candles opening in [from, to), oldest first, at most 1000",
      description =
          "interval 1h (default), 2h, 4h, 6h, 8h, 12h, 1d; to defaults to the start of the"
              + " source's current interval (so only completed candles), from to 168 intervals"
              + " before to. With an explicit later to, live includes the candle in progress;"
              + " replay serves completed candles only.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = CandlesView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "invalid_request: bad symbol, interval or instant, from not before to, or"
              + " more than 1000 candles",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: the source does not know the asset",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<CandlesView> candles(
      @PathParam("symbol") String symbol,
      @QueryParam("interval") String interval,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Asset asset = SymbolNormalizer.normalize(symbol);
    String intervalName = interval == null || interval.isBlank() ? "1h" : interval.strip();
    Duration step = INTERVALS.get(intervalName);
    if (step == null) {
      throw ApiException.invalid("interval must be 1h, 2h, 4h, 6h, 8h, 12h or 1d");
    }
    Instant end = Params.instant("to", to, Candle.lastClose(market.now(), step));
    Instant start = Params.instant("from", from, end.minus(step.multipliedBy(DEFAULT_CANDLES)));
    return market
        .candlesOfKnownAsset(asset, step, start, end)
        .map(
            candles ->
                new CandlesView(
                    asset.base(), intervalName, start, end, market.candleSource(), candles));
  }
}
