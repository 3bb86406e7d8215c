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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/** notification-service's alert rules, created and read on behalf of the chatting user. */
@ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
@ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
@Path("/v1/notifications/rules")
public interface NotificationApi {
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<JsonNode> create(@NotBody ServiceCall call, JsonNode rule);

  @GET
  Uni<JsonNode> list(@NotBody ServiceCall call);
}
