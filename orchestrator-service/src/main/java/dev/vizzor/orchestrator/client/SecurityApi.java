package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.common.calls.ServiceCallHeaders;
import io.quarkus.rest.client.reactive.NotBody;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/** market-service's security intel (docs/SCAN.md, AUDIT.md, TRACK.md), on behalf of the user. */
@ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
@ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
@Consumes(MediaType.APPLICATION_JSON)
public interface SecurityApi {
  @POST
  @Path("/scan")
  Uni<JsonNode> scan(@NotBody ServiceCall call, JsonNode request);

  @POST
  @Path("/audit")
  Uni<JsonNode> audit(@NotBody ServiceCall call, JsonNode request);

  @POST
  @Path("/track")
  Uni<JsonNode> track(@NotBody ServiceCall call, JsonNode request);
}
