package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.common.calls.ServiceCallHeaders;
import io.quarkus.rest.client.reactive.NotBody;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/** prediction-service's reads and backtests, called on behalf of the chatting user. */
@ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
@ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
public interface PredictionApi {
  @GET
  @Path("/v1/chronovisor/{symbol}")
  Uni<JsonNode> prediction(
      @NotBody ServiceCall call,
      @PathParam("symbol") String symbol,
      @QueryParam("horizons") String horizons);

  @GET
  @Path("/v1/chronovisor/accuracy")
  Uni<JsonNode> accuracy(
      @NotBody ServiceCall call,
      @QueryParam("symbol") String symbol,
      @QueryParam("horizon") String horizon);

  @POST
  @Path("/v1/backtest")
  Uni<JsonNode> backtest(@NotBody ServiceCall call, JsonNode request);

  /** The pipeline's latest signal and win rate per series (the internal read of issue 12). */
  @GET
  @Path("/internal/pipeline/signals")
  Uni<JsonNode> signals(
      @NotBody ServiceCall call,
      @QueryParam("symbols") String symbols,
      @QueryParam("userId") String userId);

  /** The pipeline's stages with their consumer lag, for {@code /healthz}. */
  @GET
  @Path("/internal/pipeline/queues")
  Uni<JsonNode> queues(@NotBody ServiceCall call);
}
