package dev.vizzor.orchestrator.service;

import dev.vizzor.orchestrator.client.ServiceReadiness;
import dev.vizzor.orchestrator.domain.Health;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether each provider can answer, for {@code /healthz}: its free model list fetched at most once
 * a minute per replica (never a paid completion per health check), and its cool-down read live from
 * Redis. The local analyst is always ready.
 */
@ApplicationScoped
public class ProviderProbes {
  static final Duration PROBE_EVERY = Duration.ofMinutes(1);

  private final Map<String, Uni<Health.Check>> probes = new LinkedHashMap<>();
  private final Providers providers;
  private final CoolDowns coolDowns;

  ProviderProbes(Providers providers, CoolDowns coolDowns, ServiceReadiness readiness) {
    this.providers = providers;
    this.coolDowns = coolDowns;
    for (ChatProvider provider : providers.ordered()) {
      probes.put(
          provider.name(),
          provider
              .probe()
              .map(probe -> HealthChecks.ofStatus(readiness.get(probe.uri(), probe.headers())))
              .orElse(Uni.createFrom().item(Health.Check.ok(0)))
              .memoize()
              .atLeast(PROBE_EVERY));
    }
  }

  /** Each configured provider's state, in the configured order. */
  public Uni<Map<String, Health.Check>> all() {
    Map<String, Health.Check> states = new LinkedHashMap<>();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (ChatProvider provider : providers.ordered()) {
      chain =
          chain.chain(
              () ->
                  coolDowns
                      .coolingDown(provider.name())
                      .chain(
                          cooling ->
                              cooling
                                  ? Uni.createFrom().item(Health.Check.error("cooling_down"))
                                  : probes.get(provider.name()))
                      .invoke(check -> states.put(provider.name(), check))
                      .replaceWithVoid());
    }
    return chain.replaceWith(states);
  }
}
