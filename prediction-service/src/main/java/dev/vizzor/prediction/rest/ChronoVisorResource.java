package dev.vizzor.prediction.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.prediction.domain.PredictionFilter;
import dev.vizzor.prediction.service.ChronoVisorApi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChronoVisor's predictions and record. The fixed paths {@code /predictions} and {@code /accuracy}
 * win over {@code /{symbol}} (JAX-RS prefers literal segments).
 */
@Path("/v1/chronovisor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chronovisor")
public class ChronoVisorResource {
  private final ChronoVisorApi api;

  ChronoVisorResource(ChronoVisorApi api) {
    this.api = api;
  }

  @GET
  @Path("/predictions")
  @Operation(
      summary = "Predictions, newest first",
      description =
          "Filters: symbol, horizon (1h, 4h, 1d), tier (high-conviction, tracked, advisory),"
              + " status (pending, resolved, expired), origin (scheduled, on-demand). limit 1-200"
              + " (default 50); pass nextCursor back as cursor for the next page.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ChronoVisorApi.PageView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: a filter, limit or cursor is not valid",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<ChronoVisorApi.PageView> predictions(
      @QueryParam("symbol") String symbol,
      @QueryParam("horizon") String horizon,
      @QueryParam("tier") String tier,
      @QueryParam("status") String status,
      @QueryParam("origin") String origin,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PredictionFilter filter =
        new PredictionFilter(
            Params.symbolOrNull(symbol),
            Params.horizonOrNull(horizon),
            Params.tierOrNull(tier),
            Params.statusOrNull(status),
            Params.originOrNull(origin),
            null,
            null,
            null);
    PageCursor after;
    try {
      after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor.strip());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(e.getMessage());
    }
    return api.list(filter, Params.limit(limit), after);
  }

  @GET
  @Path("/accuracy")
  @Operation(
      summary = "ChronoVisor's record, recounted from the stored predictions",
      description =
          "For the headline (scheduled, not advisory), overall, each horizon, tier and symbol:"
              + " n (resolved), HIT, MISS, NEUTRAL, expired, pending; win rate = HIT / (HIT +"
              + " MISS) with its Wilson 95 % interval; neutral rate; multi-class Brier score and"
              + " its skill against the base rates known at each emission; a 10-bin reliability"
              + " table; the persistence and always-up baselines on the same instants. On-demand"
              + " predictions are reported apart. Filters: symbol, horizon, tier, from/to"
              + " (emission instants, ISO-8601), run (current, the default, or all: a replay that"
              + " wraps repeats its history in a new run).")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ChronoVisorApi.AccuracyView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: a filter is not valid",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<ChronoVisorApi.AccuracyView> accuracy(
      @QueryParam("symbol") String symbol,
      @QueryParam("horizon") String horizon,
      @QueryParam("tier") String tier,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("run") String run) {
    PredictionFilter filter =
        new PredictionFilter(
            Params.symbolOrNull(symbol),
            Params.horizonOrNull(horizon),
            Params.tierOrNull(tier),
            null,
            null,
            Params.instantOrNull("from", from),
            Params.instantOrNull("to", to),
            null);
    return api.accuracy(filter, Params.allRuns(run));
  }

  @GET
  @Path("/{symbol}")
  @Operation(
      summary = "The latest scheduled prediction per horizon, with the horizon's record",
      description = "horizons: comma-separated 1h, 4h, 1d (default all).")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ChronoVisorApi.SymbolView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: a bad symbol or horizon",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: ChronoVisor has never predicted this symbol",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<ChronoVisorApi.SymbolView> latest(
      @PathParam("symbol") String symbol, @QueryParam("horizons") String horizons) {
    return api.latest(Params.symbol(symbol), Params.horizons(horizons));
  }
}
