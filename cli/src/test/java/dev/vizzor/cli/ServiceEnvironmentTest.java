package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {
  private static final byte[] PROBE = "probe".getBytes(StandardCharsets.US_ASCII);
  private final List<ServiceSpec> catalog = ServiceCatalog.services(3200, 9200);
  private final SuiteConnections connections =
      new SuiteConnections(
          "postgresql://127.0.0.1:5555",
          "postgres",
          "",
          "redis://127.0.0.1:6666",
          "127.0.0.1:9092",
          "dev-x");
  private final GatewaySettings gateway =
      GatewaySettings.of(
          "admin-secret",
          name ->
              name.equals("VIZZOR_JWT_JWKS_URL")
                  ? Optional.of("https://x.supabase.co/auth/v1/.well-known/jwks.json")
                  : Optional.empty());
  private final InternalTokenKeys tokenKeys = InternalTokenKeys.generate();
  private final SuiteKeys keys = new SuiteKeys(tokenKeys, ServiceCallKeys.generate(catalog));

  @Test
  void gatewayLearnsWhereEveryServiceIs() {
    Map<String, String> env =
        ServiceEnvironment.forService(catalog.get(0), catalog, connections, gateway, keys);
    assertEquals("3200", env.get("QUARKUS_HTTP_PORT"));
    assertEquals("http://127.0.0.1:8081", env.get("VIZZOR_GATEWAY_SERVICES_ORCHESTRATOR"));
    assertEquals("http://127.0.0.1:8086", env.get("VIZZOR_GATEWAY_SERVICES_WEBHOOK"));
    assertEquals(
        6, env.keySet().stream().filter(k -> k.startsWith("VIZZOR_GATEWAY_SERVICES_")).count());
  }

  @Test
  void servicesGetTheStoresButNoRoutes() {
    ServiceSpec webhook = catalog.get(6);
    Map<String, String> env =
        ServiceEnvironment.forService(webhook, catalog, connections, gateway, keys);
    assertEquals("8086", env.get("QUARKUS_HTTP_PORT"));
    assertEquals("postgresql://127.0.0.1:5555", env.get("VIZZOR_PG_URL"));
    assertEquals("redis://127.0.0.1:6666", env.get("VIZZOR_REDIS_URL"));
    assertEquals("127.0.0.1:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
    assertEquals("dev-x", env.get("VIZZOR_WEBHOOK_SECRETS"));
    assertFalse(env.keySet().stream().anyMatch(k -> k.startsWith("VIZZOR_GATEWAY_")));
    assertFalse(env.keySet().stream().anyMatch(k -> k.startsWith("VIZZOR_ADMIN_")));
    assertFalse(env.keySet().stream().anyMatch(k -> k.startsWith("VIZZOR_JWT_")));
  }

  @Test
  void onlyWebhookServiceGetsTheWebhookSecrets() {
    for (ServiceSpec service : catalog) {
      Map<String, String> env = environmentOf(service);
      assertEquals(
          service.shortName().equals("webhook"),
          env.containsKey("VIZZOR_WEBHOOK_SECRETS"),
          service.module());
    }
    Map<String, String> inherited = new HashMap<>(Map.of("VIZZOR_WEBHOOK_SECRETS", "from-shell"));
    ServiceEnvironment.apply(inherited, Map.of("QUARKUS_HTTP_PORT", "8082"));
    assertFalse(inherited.containsKey("VIZZOR_WEBHOOK_SECRETS"), "not inherited either");
  }

  @Test
  void theOrchestratorLearnsWhereItsToolsAreAndNoServiceInheritsTheLlmOrSpeechKeys() {
    ServiceSpec orchestrator =
        catalog.stream()
            .filter(s -> s.shortName().equals("orchestrator"))
            .findFirst()
            .orElseThrow();
    Map<String, String> env = environmentOf(orchestrator);
    assertEquals("http://127.0.0.1:8082", env.get("VIZZOR_MARKET_URL"));
    assertEquals("http://127.0.0.1:8083", env.get("VIZZOR_PREDICTION_URL"));
    assertEquals("http://127.0.0.1:8084", env.get("VIZZOR_NOTIFICATION_URL"));
    assertEquals("http://127.0.0.1:8085", env.get("VIZZOR_AGENT_URL"));
    Map<String, String> inherited =
        new HashMap<>(
            Map.of(
                "VIZZOR_LLM_GPT_KEY",
                "sk-from-shell",
                "VIZZOR_TTS_ELEVENLABS_KEY",
                "xi-from-shell"));
    ServiceEnvironment.apply(inherited, Map.of("QUARKUS_HTTP_PORT", "8082"));
    assertFalse(
        inherited.containsKey("VIZZOR_LLM_GPT_KEY"), "only from the orchestrator's own map");
    assertFalse(inherited.containsKey("VIZZOR_TTS_ELEVENLABS_KEY"), "nor the speech key");
  }

  @Test
  void noServiceInheritsTheJsonRpcUrlsWhichMayHoldAKey() {
    Map<String, String> inherited =
        new HashMap<>(Map.of(ServiceEnvironment.EVM_RPC_URLS, "ethereum=https://node/v3/key"));
    ServiceEnvironment.apply(inherited, Map.of("QUARKUS_HTTP_PORT", "8083"));
    assertFalse(
        inherited.containsKey(ServiceEnvironment.EVM_RPC_URLS), "only from market's own map");
  }

  @Test
  void onlyTheGatewayGetsTheAdminApiAndJwtSettings() {
    Map<String, String> env =
        ServiceEnvironment.forService(catalog.get(0), catalog, connections, gateway, keys);
    assertEquals("admin-secret", env.get("VIZZOR_ADMIN_TOKEN"));
    assertEquals("9200", env.get("VIZZOR_ADMIN_PORT"));
    assertEquals(
        "https://x.supabase.co/auth/v1/.well-known/jwks.json", env.get("VIZZOR_JWT_JWKS_URL"));
    // Unset JWT variables stay unset rather than arriving blank.
    assertFalse(env.containsKey("VIZZOR_JWT_HS256_SECRET"));
    assertFalse(env.containsKey("VIZZOR_JWT_ISSUER"));
  }

  @Test
  void allThreeJwtVariablesPassThroughWhenSet() {
    Map<String, String> set =
        Map.of(
            "VIZZOR_JWT_HS256_SECRET", "hs",
            "VIZZOR_JWT_JWKS_URL", "https://jwks",
            "VIZZOR_JWT_ISSUER", "https://x.supabase.co/auth/v1",
            "VIZZOR_PG_URL", "ignored");
    GatewaySettings settings = GatewaySettings.of("t", name -> Optional.ofNullable(set.get(name)));
    assertEquals(
        Map.of(
            "VIZZOR_JWT_HS256_SECRET", "hs",
            "VIZZOR_JWT_JWKS_URL", "https://jwks",
            "VIZZOR_JWT_ISSUER", "https://x.supabase.co/auth/v1"),
        settings.jwt());
  }

  @Test
  void inheritedGatewaySecretsDoNotReachOtherServices() {
    Map<String, String> inherited = new HashMap<>();
    inherited.put("PATH", "/usr/bin");
    inherited.put("VIZZOR_ADMIN_TOKEN", "from-the-shell");
    inherited.put("VIZZOR_JWT_HS256_SECRET", "from-the-shell");
    ServiceSpec market = catalog.get(2);
    ServiceEnvironment.apply(
        inherited, ServiceEnvironment.forService(market, catalog, connections, gateway, keys));
    assertEquals("/usr/bin", inherited.get("PATH"));
    assertEquals("8082", inherited.get("QUARKUS_HTTP_PORT"));
    assertFalse(inherited.containsKey("VIZZOR_ADMIN_TOKEN"));
    assertFalse(inherited.containsKey("VIZZOR_JWT_HS256_SECRET"));

    Map<String, String> gatewayProcess = new HashMap<>(Map.of("VIZZOR_ADMIN_TOKEN", "stale"));
    ServiceEnvironment.apply(
        gatewayProcess,
        ServiceEnvironment.forService(catalog.get(0), catalog, connections, gateway, keys));
    assertEquals("admin-secret", gatewayProcess.get("VIZZOR_ADMIN_TOKEN"));
  }

  @Test
  void everyServiceGetsThePublicKeyAndOnlyTheGatewayThePrivateKey() {
    for (ServiceSpec service : catalog) {
      Map<String, String> env = environmentOf(service);
      assertEquals(
          tokenKeys.publicKeyPem(), env.get("VIZZOR_INTERNAL_JWT_PUBLIC_KEY"), service.module());
      assertEquals(
          service.isGateway() ? tokenKeys.privateKeyPem() : null,
          env.get("VIZZOR_INTERNAL_JWT_PRIVATE_KEY"),
          service.module());
    }
  }

  @Test
  void anInheritedPrivateKeyDoesNotReachOtherServices() {
    InternalTokenKeys configured = InternalTokenKeys.generate();
    Map<String, String> shell =
        Map.of(
            "VIZZOR_INTERNAL_JWT_PRIVATE_KEY", configured.privateKeyPem(),
            "VIZZOR_INTERNAL_JWT_PUBLIC_KEY", configured.publicKeyPem());
    SuiteKeys fromShell =
        new SuiteKeys(
            InternalTokenKeys.fromEnvironment(n -> Optional.ofNullable(shell.get(n))),
            keys.serviceCalls());

    Map<String, String> market = new HashMap<>(shell);
    ServiceEnvironment.apply(
        market,
        ServiceEnvironment.forService(catalog.get(2), catalog, connections, gateway, fromShell));
    assertFalse(market.containsKey("VIZZOR_INTERNAL_JWT_PRIVATE_KEY"));
    assertEquals(configured.publicKeyPem(), market.get("VIZZOR_INTERNAL_JWT_PUBLIC_KEY"));

    Map<String, String> gatewayProcess = new HashMap<>(shell);
    ServiceEnvironment.apply(
        gatewayProcess,
        ServiceEnvironment.forService(catalog.get(0), catalog, connections, gateway, fromShell));
    assertEquals(configured.privateKeyPem(), gatewayProcess.get("VIZZOR_INTERNAL_JWT_PRIVATE_KEY"));
  }

  @Test
  void eachServiceGetsOnlyItsOwnCallKeyWhichTheKeySetNamesAfterIt() throws Exception {
    Set<String> privateKeys = new HashSet<>();
    for (ServiceSpec service : catalog.subList(1, catalog.size())) {
      Map<String, String> env = environmentOf(service);
      String own = env.get("VIZZOR_SERVICE_JWT_PRIVATE_KEY");
      assertTrue(own.startsWith("-----BEGIN PRIVATE KEY-----"), service.module());
      assertTrue(privateKeys.add(own), service.module() + " shares no key with another service");
      JsonWebKeySet publicKeys = new JsonWebKeySet(env.get("VIZZOR_SERVICE_JWT_PUBLIC_KEYS"));
      assertEquals(6, publicKeys.getJsonWebKeys().size());
      assertTrue(
          signedWith(own).verifiedBy(publicKeys.findJsonWebKey(service.module(), "EC", null, null)),
          service.module() + "'s key verifies under kid " + service.module());
    }
    for (ServiceSpec service : catalog) {
      Map<String, String> env = environmentOf(service);
      String own = env.get("VIZZOR_SERVICE_JWT_PRIVATE_KEY");
      for (String other : privateKeys) {
        if (!other.equals(own)) {
          assertFalse(env.containsValue(other), service.module() + " holds another's key");
        }
      }
    }
    Map<String, String> gatewayEnv = environmentOf(catalog.get(0));
    assertFalse(gatewayEnv.containsKey("VIZZOR_SERVICE_JWT_PRIVATE_KEY"), "the gateway calls none");
  }

  @Test
  void anInheritedServiceCallKeyReachesNoService() {
    Map<String, String> shell =
        Map.of(
            "VIZZOR_SERVICE_JWT_PRIVATE_KEY", "from-the-shell",
            "VIZZOR_SERVICE_JWT_PUBLIC_KEYS", "{\"keys\":[]}");
    for (ServiceSpec service : catalog) {
      Map<String, String> process = new HashMap<>(shell);
      ServiceEnvironment.apply(process, environmentOf(service));
      assertFalse(process.containsValue("from-the-shell"), service.module());
      assertFalse(process.containsValue("{\"keys\":[]}"), service.module());
    }
  }

  @Test
  void eachServiceIsToldTheDatabaseTheLauncherMadeForIt() {
    List<ServiceSpec> prefixed = ServiceCatalog.services(3100, 9100, 18081, "vizzor_it_");
    ServiceSpec market = prefixed.get(2);
    Map<String, String> env =
        ServiceEnvironment.forService(market, prefixed, connections, gateway, keys);
    assertEquals("vizzor_it_market", env.get("VIZZOR_DATABASE"));
    assertEquals("18082", env.get("QUARKUS_HTTP_PORT"));
    assertEquals(
        "http://127.0.0.1:18086",
        ServiceEnvironment.forService(prefixed.get(0), prefixed, connections, gateway, keys)
            .get("VIZZOR_GATEWAY_SERVICES_WEBHOOK"));
  }

  @Test
  void aDatabasePrefixMustBeAPlainIdentifier() {
    assertEquals("vizzor_", DatabasePrefix.fromEnvironment(name -> Optional.empty()));
    assertEquals("suite2_", DatabasePrefix.fromEnvironment(name -> Optional.of("suite2_")));
    for (String bad : List.of("x; DROP DATABASE postgres", "Upper_", "1st_", "a".repeat(41))) {
      assertThrows(
          IllegalArgumentException.class,
          () -> DatabasePrefix.fromEnvironment(name -> Optional.of(bad)),
          bad);
    }
  }

  @Test
  void eachServiceHasItsOwnDatabase() {
    assertEquals(
        List.of(
            "vizzor_gateway",
            "vizzor_orchestrator",
            "vizzor_market",
            "vizzor_prediction",
            "vizzor_notification",
            "vizzor_agent",
            "vizzor_webhook"),
        catalog.stream().map(ServiceSpec::database).toList());
  }

  @Test
  void devSecretShape() {
    assertTrue(DevSecret.generate().matches("dev-[0-9a-f]{32}"));
  }

  @Test
  void adminTokenIs32RandomBytesUrlSafe() {
    String token = AdminToken.generate();
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    assertEquals(32, java.util.Base64.getUrlDecoder().decode(token).length);
    assertFalse(token.equals(AdminToken.generate()));
  }

  /** A probe signed with {@code privateKeyPem}, checked with JDK ECDSA independent of the code. */
  private static Signed signedWith(String privateKeyPem) throws Exception {
    byte[] der =
        Base64.getMimeDecoder()
            .decode(privateKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der)));
    signer.update(PROBE);
    return new Signed(signer.sign());
  }

  private record Signed(byte[] signature) {
    boolean verifiedBy(JsonWebKey key) throws Exception {
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify((PublicKey) key.getKey());
      verifier.update(PROBE);
      return verifier.verify(signature);
    }
  }

  private Map<String, String> environmentOf(ServiceSpec service) {
    return ServiceEnvironment.forService(service, catalog, connections, gateway, keys);
  }
}
