package dev.vizzor.prediction.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.prediction.service.ChronoVisorApi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /predict}: a prediction on demand, from the same engine as the schedule. */
@Path("/predict")
@Tag(name = "chronovisor")
public class PredictResource {
  /** The request: a symbol (BTC, btc or BTCUSDT) and the horizons wanted (default all). */
  public record PredictRequest(String symbol, List<String> horizons) {}

  private final ChronoVisorApi api;

  PredictResource(ChronoVisorApi api) {
    this.api = api;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Predict now, at the last closed candle",
      description =
          "Stored and resolved like scheduled predictions but reported apart (origin on-demand),"
              + " never in the headline: nobody can tilt the record by choosing when to ask."
              + " Asking again within the same hour returns the same prediction.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ChronoVisorApi.Predicted.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: no body, a bad symbol or horizon",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: market-service has no candles for the symbol",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "503",
      description =
          "service_unavailable: no market time yet, or too little history to have trained a model",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<ChronoVisorApi.Predicted> predict(
      PredictRequest request, @HeaderParam("X-Request-Id") String requestId) {
    if (request == null || request.symbol() == null) {
      throw ApiException.invalid(
          "the body must be JSON such as {\"symbol\":\"BTC\",\"horizons\":[\"1h\",\"4h\"]}");
    }
    return api.predict(
        Params.symbol(request.symbol()), Params.horizons(request.horizons()), requestId);
  }
}
