package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.common.calls.ServiceCallHeaders;
import io.quarkus.rest.client.reactive.NotBody;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/** agent-service's paper-trading agents, listed, created and run on behalf of the chatting user. */
@ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
@ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
@Path("/v1/agents")
public interface AgentApi {
  @GET
  Uni<JsonNode> list(@NotBody ServiceCall call);

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<JsonNode> create(@NotBody ServiceCall call, JsonNode agent);

  @POST
  @Path("/{name}/start")
  Uni<JsonNode> start(@NotBody ServiceCall call, @PathParam("name") String name);

  @POST
  @Path("/{name}/stop")
  Uni<JsonNode> stop(@NotBody ServiceCall call, @PathParam("name") String name);

  @GET
  @Path("/{name}/stats")
  Uni<JsonNode> stats(@NotBody ServiceCall call, @PathParam("name") String name);
}
