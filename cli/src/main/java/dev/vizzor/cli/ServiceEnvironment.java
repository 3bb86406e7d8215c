package dev.vizzor.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The environment variables a service process starts with (DESIGN.md, operator settings). Secrets
 * go only to the service that uses them, as k8s/ does: the gateway's to the gateway, the webhook
 * secrets to webhook-service, each service's call-signing key to that service alone.
 */
public final class ServiceEnvironment {
  static final String WEBHOOK_SECRETS = "VIZZOR_WEBHOOK_SECRETS";
  static final String MARKET_URL = "VIZZOR_MARKET_URL";
  static final String PREDICTION_URL = "VIZZOR_PREDICTION_URL";
  static final String NOTIFICATION_URL = "VIZZOR_NOTIFICATION_URL";
  static final String AGENT_URL = "VIZZOR_AGENT_URL";

  /**
   * market-service's EVM JSON-RPC nodes for {@code POST /track} (docs/TRACK.md): provider URLs
   * often carry a key, so only market-service gets them.
   */
  static final String EVM_RPC_URLS = "VIZZOR_EVM_RPC_URLS";

  /**
   * The LLM providers' and the speech synthesiser's settings and keys ({@code VIZZOR_LLM_*}, {@code
   * VIZZOR_TTS_*}): orchestrator-service's alone.
   */
  static final List<String> ORCHESTRATOR_PREFIXES = List.of("VIZZOR_LLM_", "VIZZOR_TTS_");

  /** Inherited from our own environment by no child: each gets them only from its own map. */
  private static final List<String> SECRETS =
      Stream.concat(
              GatewaySettings.GATEWAY_ONLY_VARIABLES.stream(),
              Stream.of(
                  WEBHOOK_SECRETS,
                  EVM_RPC_URLS,
                  ServiceCallKeys.PRIVATE_KEY_VARIABLE,
                  ServiceCallKeys.PUBLIC_KEYS_VARIABLE))
          .toList();

  private ServiceEnvironment() {}

  public static Map<String, String> forService(
      ServiceSpec service,
      List<ServiceSpec> all,
      SuiteConnections connections,
      GatewaySettings gateway,
      SuiteKeys keys) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
    env.put("VIZZOR_DATABASE", service.database());
    env.put("VIZZOR_PG_URL", connections.pgUrl());
    env.put("VIZZOR_PG_USER", connections.pgUser());
    env.put("VIZZOR_PG_PASSWORD", connections.pgPassword());
    env.put("VIZZOR_REDIS_URL", connections.redisUrl());
    env.put("KAFKA_BOOTSTRAP_SERVERS", connections.kafkaBootstrap());
    if (service.shortName().equals("webhook")) {
      env.put(WEBHOOK_SECRETS, connections.webhookSecrets());
    }
    if (service.shortName().equals("market")) {
      Env.get(EVM_RPC_URLS).ifPresent(urls -> env.put(EVM_RPC_URLS, urls));
    }
    if (service.shortName().equals("prediction") || service.shortName().equals("orchestrator")) {
      // ChronoVisor reads its candles from market-service; the chat's tools call both
      urlOf(all, "market").ifPresent(url -> env.put(MARKET_URL, url));
    }
    if (service.shortName().equals("orchestrator")) {
      urlOf(all, "prediction").ifPresent(url -> env.put(PREDICTION_URL, url));
      urlOf(all, "notification").ifPresent(url -> env.put(NOTIFICATION_URL, url));
      urlOf(all, "agent").ifPresent(url -> env.put(AGENT_URL, url));
      System.getenv()
          .forEach(
              (name, value) -> {
                if (orchestratorOnly(name)) {
                  env.put(name, value);
                }
              });
    }
    env.put(InternalTokenKeys.PUBLIC_KEY_VARIABLE, keys.internalToken().publicKeyPem());
    keys.serviceCalls()
        .privateKeyPem(service)
        .ifPresent(
            own -> {
              env.put(ServiceCallKeys.PRIVATE_KEY_VARIABLE, own);
              env.put(ServiceCallKeys.PUBLIC_KEYS_VARIABLE, keys.serviceCalls().publicKeySet());
            });
    if (service.isGateway()) {
      env.put(InternalTokenKeys.PRIVATE_KEY_VARIABLE, keys.internalToken().privateKeyPem());
      env.put("VIZZOR_ADMIN_TOKEN", gateway.adminToken());
      env.put("VIZZOR_ADMIN_PORT", Integer.toString(service.managementPort()));
      env.putAll(gateway.jwt());
      // vizzor.gateway.services.<name>: where the gateway routes each family.
      for (ServiceSpec target : all) {
        if (!target.isGateway()) {
          env.put(
              "VIZZOR_GATEWAY_SERVICES_" + target.shortName().toUpperCase(Locale.ROOT),
              "http://127.0.0.1:" + target.port());
        }
      }
    }
    return env;
  }

  private static boolean orchestratorOnly(String variable) {
    return ORCHESTRATOR_PREFIXES.stream().anyMatch(variable::startsWith);
  }

  private static java.util.Optional<String> urlOf(List<ServiceSpec> all, String shortName) {
    return all.stream()
        .filter(other -> other.shortName().equals(shortName))
        .findFirst()
        .map(other -> "http://127.0.0.1:" + other.port());
  }

  /**
   * Sets {@code env} on a child's environment, which starts as a copy of ours: the secrets (and the
   * LLM and speech keys) are removed first so a service sees them only when its own map carries
   * them.
   */
  public static void apply(Map<String, String> processEnvironment, Map<String, String> env) {
    processEnvironment.keySet().removeAll(SECRETS);
    processEnvironment.keySet().removeIf(ServiceEnvironment::orchestratorOnly);
    processEnvironment.putAll(env);
  }
}
