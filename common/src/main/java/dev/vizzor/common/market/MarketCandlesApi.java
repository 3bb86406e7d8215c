package dev.vizzor.common.market;

import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.common.calls.ServiceCallHeaders;
import io.quarkus.rest.client.reactive.NotBody;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * market-service's candles for other services ({@code GET /internal/candles/{symbol}}), the one
 * client interface its callers (prediction-service, agent-service) build with their own fault
 * tolerance.
 */
@ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
@ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
public interface MarketCandlesApi {
  @GET
  @Path("/internal/candles/{symbol}")
  Uni<CandlesResponse> candles(
      @NotBody ServiceCall call,
      @PathParam("symbol") String symbol,
      @QueryParam("interval") String interval,
      @QueryParam("from") String from,
      @QueryParam("to") String to);
}
