package dev.vizzor.orchestrator.client;

import dev.vizzor.orchestrator.config.OrchestratorConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;

/**
 * Plain GETs that tell whether something answers: prediction-service's readiness (its database and
 * Kafka), and a provider's free model list. Each takes at most 3 s; the status code is the answer.
 */
@ApplicationScoped
public class ServiceReadiness {
  static final long TIMEOUT_MS = 3000;

  private final WebClient web;
  private final URI prediction;

  ServiceReadiness(Vertx vertx, OrchestratorConfig config) {
    this.web = WebClient.create(vertx);
    this.prediction = URI.create(config.predictionUrl() + "/q/health/ready");
  }

  /** prediction-service's {@code /q/health/ready} status code. */
  public Uni<Integer> prediction() {
    return get(prediction, Map.of());
  }

  /** The status code of a GET of {@code uri} with {@code headers}. */
  public Uni<Integer> get(URI uri, Map<String, String> headers) {
    var request = web.getAbs(uri.toString()).timeout(TIMEOUT_MS);
    headers.forEach(request::putHeader);
    return request.send().map(response -> response.statusCode());
  }
}
