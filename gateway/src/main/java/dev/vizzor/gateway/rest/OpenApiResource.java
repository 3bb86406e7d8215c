package dev.vizzor.gateway.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.gateway.config.GatewayConfig;
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

/**
 * {@code GET /openapi/{service}}: a service's own OpenAPI document, fetched through the gateway so
 * the Swagger UI at {@code /docs} can show every service from one origin.
 */
@Path("/openapi/{service}")
public class OpenApiResource {
  private final GatewayConfig config;
  private final WebClient client;

  OpenApiResource(GatewayConfig config, Vertx vertx) {
    this.config = config;
    this.client = WebClient.create(vertx);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The OpenAPI document of one service behind the gateway")
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
              if (reply == null || reply.statusCode() != 200) {
                throw ApiException.unavailable("the " + service + " service did not answer", 5);
              }
              return Response.ok(reply.bodyAsString()).build();
            });
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
