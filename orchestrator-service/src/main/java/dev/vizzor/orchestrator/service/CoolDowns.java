package dev.vizzor.orchestrator.service;

import dev.vizzor.orchestrator.config.OrchestratorConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Which providers are cooling down after a failure, in Redis so every replica skips them alike.
 * Losing Redis loses no business data: a provider is then tried as if it were not cooling down.
 */
@ApplicationScoped
public class CoolDowns {
  private static final Logger LOG = Logger.getLogger(CoolDowns.class);
  static final String PREFIX = "vizzor:llm:cooldown:";

  private final ReactiveValueCommands<String, String> values;
  private final ReactiveKeyCommands<String> keys;
  private final OrchestratorConfig config;

  CoolDowns(ReactiveRedisDataSource redis, OrchestratorConfig config) {
    this.values = redis.value(String.class);
    this.keys = redis.key();
    this.config = config;
  }

  /**
   * Which of {@code providers} are cooling down, in one read ({@code MGET}), so a message pays one
   * Redis round trip however many providers are configured.
   */
  public Uni<Set<String>> coolingNow(List<String> providers) {
    if (providers.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    String[] keys = providers.stream().map(provider -> PREFIX + provider).toArray(String[]::new);
    return values
        .mget(keys)
        .map(
            found ->
                providers.stream()
                    .filter(provider -> found.get(PREFIX + provider) != null)
                    .collect(Collectors.toUnmodifiableSet()))
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("cannot read the cool-downs from Redis: %s", failure.getMessage());
              return Set.of();
            });
  }

  public Uni<Boolean> coolingDown(String provider) {
    return keys.exists(PREFIX + provider)
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf(
                  "cannot read %s's cool-down from Redis: %s", provider, failure.getMessage());
              return false;
            });
  }

  /** Skips {@code provider} on every replica for the configured cool-down. */
  public Uni<Void> start(String provider, String reason) {
    LOG.warnf(
        "LLM provider %s failed (%s); skipped for %s",
        provider, reason, config.providers().cooldown());
    return values
        .set(PREFIX + provider, reason, new SetArgs().px(config.providers().cooldown()))
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("cannot store %s's cool-down in Redis: %s", provider, failure.getMessage());
              return null;
            });
  }
}
