package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.common.calls.ServiceCallHeaders;
import io.quarkus.rest.client.reactive.NotBody;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/** market-service's public reads, called on behalf of the chatting user. */
@ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
@ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
public interface MarketApi {
  @GET
  @Path("/v1/market/price/{symbol}")
  Uni<JsonNode> price(@NotBody ServiceCall call, @PathParam("symbol") String symbol);

  @GET
  @Path("/v1/market/prices")
  Uni<JsonNode> prices(@NotBody ServiceCall call, @QueryParam("symbols") String symbols);

  @GET
  @Path("/v1/market/trending")
  Uni<JsonNode> trending(@NotBody ServiceCall call);

  @GET
  @Path("/v1/market/fear-greed")
  Uni<JsonNode> fearGreed(@NotBody ServiceCall call);
}
