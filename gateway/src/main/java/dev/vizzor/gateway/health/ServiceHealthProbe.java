package dev.vizzor.gateway.health;

import dev.vizzor.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/** Asks one service's readiness endpoint; anything but a timely 200 counts as down. */
@ApplicationScoped
public class ServiceHealthProbe {
  private final WebClient client;
  private final GatewayConfig config;

  ServiceHealthProbe(Vertx vertx, GatewayConfig config) {
    this.client = WebClient.create(vertx);
    this.config = config;
  }

  public Uni<ServiceState> probe(String name, String baseUrl) {
    URI uri = URI.create(baseUrl + "/q/health/ready");
    long started = System.nanoTime();
    return client
        .get(uri.getPort(), uri.getHost(), uri.getPath())
        .timeout(config.healthTimeout().toMillis())
        .send()
        .map(
            response ->
                new ServiceState(
                    name,
                    response.statusCode() == 200 ? "up" : "down",
                    (System.nanoTime() - started) / 1_000_000))
        .onFailure()
        .recoverWithItem(
            failure -> new ServiceState(name, "down", (System.nanoTime() - started) / 1_000_000));
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
