package dev.vizzor.orchestrator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.calls.ServiceCalls;
import dev.vizzor.orchestrator.client.PredictionReads;
import dev.vizzor.orchestrator.client.ServiceReadiness;
import dev.vizzor.orchestrator.domain.Health;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seed 002's {@code /healthz} (docs/CHAT.md): {@code supabase_a} is this service's own database,
 * {@code supabase_b} the pipeline's store (prediction-service's readiness), then each provider, and
 * the pipeline's queues with their Kafka consumer lag. Unhealthy when the own database is down or
 * no provider can answer; degraded when anything else is.
 */
@ApplicationScoped
@Startup
public class HealthReport {
  private final Pool pool;
  private final ServiceReadiness readiness;
  private final PredictionReads prediction;
  private final ProviderProbes providers;
  private final ServiceCalls calls;
  private final Clock clock;
  private final String version;
  private final Instant started;

  HealthReport(
      Pool pool,
      ServiceReadiness readiness,
      PredictionReads prediction,
      ProviderProbes providers,
      ServiceCalls calls,
      Clock clock,
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
          String version) {
    this.pool = pool;
    this.readiness = readiness;
    this.prediction = prediction;
    this.providers = providers;
    this.calls = calls;
    this.clock = clock;
    this.version = version;
    this.started = clock.instant();
  }

  public Uni<Health> now() {
    Map<String, Health.Check> services = new LinkedHashMap<>();
    Map<String, Health.Queue> queues = new LinkedHashMap<>();
    return HealthChecks.timed(pool.query("SELECT 1").execute().replaceWithVoid())
        .invoke(check -> services.put("supabase_a", check))
        .chain(() -> HealthChecks.ofStatus(readiness.prediction()))
        .invoke(check -> services.put("supabase_b", check))
        .chain(providers::all)
        .invoke(services::putAll)
        .chain(
            () ->
                prediction
                    .queues(calls.ownAccount("healthz-" + UUID.randomUUID()))
                    .ifNoItem()
                    .after(HealthChecks.TIMEOUT)
                    .fail()
                    .invoke(
                        read ->
                            read.fields()
                                .forEachRemaining(q -> queues.put(q.getKey(), queue(q.getValue()))))
                    .replaceWith(true)
                    .onFailure()
                    .recoverWithItem(false))
        .map(queuesRead -> health(services, queues, queuesRead));
  }

  private Health health(
      Map<String, Health.Check> services, Map<String, Health.Queue> queues, boolean queuesRead) {
    boolean ownDatabase = services.get("supabase_a").isOk();
    boolean anyProvider =
        services.entrySet().stream()
            .filter(e -> !e.getKey().startsWith("supabase_"))
            .anyMatch(e -> e.getValue().isOk());
    boolean allOk = services.values().stream().allMatch(Health.Check::isOk) && queuesRead;
    String status =
        !ownDatabase || !anyProvider ? Health.UNHEALTHY : allOk ? Health.HEALTHY : Health.DEGRADED;
    Instant now = clock.instant();
    return new Health(
        status,
        now.toString(),
        Duration.between(started, now).toSeconds(),
        version,
        services,
        queues);
  }

  private static Health.Queue queue(JsonNode node) {
    return new Health.Queue(node.path("depth").asLong(), node.path("processing").asBoolean());
  }
}
