package dev.vizzor.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.gateway.config.GatewayConfig;
import dev.vizzor.gateway.docs.ClientView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /openapi/{service}}: a service's OpenAPI document as a client sees it through the
 * gateway ({@link ClientView}), so the Swagger UI at {@code /docs} shows every service from one
 * origin, callable there.
 */
@Path("/openapi/{service}")
public class OpenApiResource {
  private final GatewayConfig config;
  private final WebClient client;
  private final ObjectMapper json;
  private final ClientView clientView;

  OpenApiResource(GatewayConfig config, Vertx vertx, ObjectMapper json, ClientView clientView) {
    this.config = config;
    this.client = WebClient.create(vertx);
    this.json = json;
    this.clientView = clientView;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The OpenAPI document of one service, as a client calls it at the gateway")
  // A Response, not the ObjectNode itself: the node's Java type is no schema for readers.
  @APIResponse(
      responseCode = "200",
      description = "OpenAPI 3 document",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "404",
      description = "not_found: no service of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "503",
      description = "service_unavailable (with retryAfter): the service did not answer",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Response> document(@PathParam("service") String service) {
    String baseUrl = config.services().get(service);
    if (baseUrl == null) {
      return Uni.createFrom().failure(ApiException.notFound("no service named " + service));
    }
    URI uri = URI.create(baseUrl);
    return client
        .get(uri.getPort(), uri.getHost(), "/q/openapi?format=json")
        .timeout(config.healthTimeout().toMillis())
        .send()
        .onFailure()
        .recoverWithNull()
        .map(
            reply -> {
              JsonNode document =
                  reply == null || reply.statusCode() != 200 ? null : parse(reply.bodyAsString());
              if (!(document instanceof ObjectNode own)) {
                throw ApiException.unavailable(
                    "the " + service + " service did not answer with its OpenAPI document", 5);
              }
              return Response.ok(clientView.of(service, own)).build();
            });
  }

  private JsonNode parse(String body) {
    if (body == null) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
