package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code k8s/} and {@code deploy/docker-compose.yml} against what the code says: the launcher's
 * catalog and environment (what a service needs to run), each module's port and database, and the
 * topics of docs/asyncapi.yaml. A service, variable or topic added to the code without its
 * deployment fails here.
 */
class DeploymentManifestsTest {
  private static final Path ROOT = Path.of("..");
  private static final List<ServiceSpec> CATALOG =
      ServiceCatalog.services(
          ServiceCatalog.DEFAULT_GATEWAY_PORT, ServiceCatalog.DEFAULT_ADMIN_PORT);
  private static final List<Map<String, Object>> K8S = k8sDocuments();

  @Test
  void everyServiceRunsOnItsOwnPortWithProbesAndResources() {
    for (ServiceSpec service : CATALOG) {
      assertEquals(
          Integer.toString(service.port()),
          moduleProperties(service).getProperty("quarkus.http.port"),
          service.module() + ": the image's default port is the catalog's");
      Map<String, Object> container = container(service);
      assertEquals(service.port(), map(list(container, "ports").getFirst()).get("containerPort"));
      assertEquals("/q/health/started", probePath(container, "startupProbe"));
      assertEquals(
          "/q/health/live",
          probePath(container, "readinessProbe"),
          "shared PostgreSQL/Kafka outages must not take every replica out of its Service");
      assertEquals("/q/health/live", probePath(container, "livenessProbe"));
      Map<String, Object> resources = map(container.get("resources"));
      assertNotNull(map(resources.get("requests")).get("cpu"), service.module());
      assertNotNull(map(resources.get("requests")).get("memory"), service.module());
      assertNotNull(map(resources.get("limits")).get("memory"), service.module());

      Map<String, Object> port =
          map(list(spec(k8s("Service", service.module())), "ports").getFirst());
      assertEquals(service.port(), port.get("port"));
      assertEquals("http", port.get("targetPort"));
    }
  }

  @Test
  void everyServiceGetsWhatTheLauncherGivesItAndNoOtherServicesSecrets() {
    for (ServiceSpec service : CATALOG) {
      Set<String> k8s = k8sVariables(service);
      Set<String> compose = composeEnvironment(service).keySet();
      Set<String> needed = launcherVariables(service);
      assertTrue(
          k8s.containsAll(needed), service.module() + " in k8s lacks " + missing(needed, k8s));
      assertTrue(
          compose.containsAll(needed),
          service.module() + " in docker-compose lacks " + missing(needed, compose));
      for (Set<String> deployed : List.of(k8s, compose)) {
        assertEquals(
            service.isGateway(),
            deployed.contains(InternalTokenKeys.PRIVATE_KEY_VARIABLE),
            service.module());
        assertEquals(service.isGateway(), deployed.contains("VIZZOR_ADMIN_TOKEN"));
        assertEquals(
            !service.isGateway(),
            deployed.contains(ServiceCallKeys.PRIVATE_KEY_VARIABLE),
            service.module() + ": every service but the gateway signs its calls");
        assertEquals(
            service.shortName().equals("webhook"),
            deployed.contains(ServiceEnvironment.WEBHOOK_SECRETS),
            service.module());
      }
    }
  }

  @Test
  void eachServiceMountsOnlyItsOwnCallKeyNamedAsTheKeySetNamesIt() {
    Set<String> secretEntries =
        map(secret("vizzor-service-keys").get("stringData")).keySet().stream()
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> composeReferences = new TreeSet<>();
    for (ServiceSpec service : CATALOG.subList(1, CATALOG.size())) {
      assertEquals(
          service.module(),
          moduleProperties(service).getProperty("quarkus.application.name"),
          "the launcher's kid, the module, is the name the service signs as");
      Map<String, Object> mounted =
          list(container(service), "env").stream()
              .map(DeploymentManifestsTest::map)
              .filter(v -> ServiceCallKeys.PRIVATE_KEY_VARIABLE.equals(v.get("name")))
              .findFirst()
              .orElseThrow();
      assertEquals(
          Map.of("name", "vizzor-service-keys", "key", service.module()),
          map(mounted.get("valueFrom")).get("secretKeyRef"),
          service.module());
      String composed =
          (String) composeEnvironment(service).get(ServiceCallKeys.PRIVATE_KEY_VARIABLE);
      Matcher reference = Pattern.compile("\\$\\{(\\w+):\\?").matcher(composed);
      assertTrue(reference.find(), composed);
      assertTrue(
          reference.group(1).endsWith("_" + service.shortName().toUpperCase()),
          service.module() + " in docker-compose: " + composed);
      composeReferences.add(reference.group(1));
    }
    Set<String> modules =
        CATALOG.subList(1, CATALOG.size()).stream()
            .map(ServiceSpec::module)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(modules, secretEntries, "one entry per service, none for the gateway");
    assertEquals(6, composeReferences.size(), "six different keys in docker-compose");
    for (ServiceSpec service : CATALOG) {
      for (Object source : list(container(service), "envFrom")) {
        assertFalse(
            map(source).containsKey("secretRef")
                && "vizzor-service-keys".equals(map(map(source).get("secretRef")).get("name")),
            service.module() + " would mount every service's key");
      }
    }
  }

  @Test
  void theGatewayRoutesToEachServicesOwnAddress() {
    ServiceSpec gateway = CATALOG.getFirst();
    Map<String, String> k8s = new HashMap<>();
    for (Object each : list(container(gateway), "env")) {
      Map<String, Object> variable = map(each);
      k8s.put((String) variable.get("name"), String.valueOf(variable.get("value")));
    }
    Map<String, Object> compose = composeEnvironment(gateway);
    for (ServiceSpec service : CATALOG.subList(1, CATALOG.size())) {
      String variable = "VIZZOR_GATEWAY_SERVICES_" + service.shortName().toUpperCase();
      String address = "http://" + service.module() + ":" + service.port();
      assertEquals(address, k8s.get(variable));
      assertEquals(address, compose.get(variable));
    }
  }

  @Test
  void everyTopicOfTheAsyncApiDocumentIsAKafkaTopic() throws IOException {
    Set<String> documented = captured("docs/asyncapi.yaml", "(?m)^    address: (\\S+)$");
    assertFalse(documented.isEmpty());
    Set<String> deployed =
        K8S.stream()
            .filter(doc -> "KafkaTopic".equals(doc.get("kind")))
            .peek(doc -> assertEquals("vizzor", labels(doc).get("strimzi.io/cluster")))
            .map(DeploymentManifestsTest::name)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(documented, deployed);
  }

  @Test
  void theDatabaseJobCreatesEveryServicesDatabase() throws IOException {
    Set<String> created = captured("k8s/create-databases.sql", "'(vizzor_\\w+)'");
    Set<String> used = new TreeSet<>();
    for (ServiceSpec service : CATALOG) {
      String database = moduleProperties(service).getProperty("vizzor.database");
      assertEquals(service.database(), database, service.module());
      used.add(database);
    }
    assertEquals(used, created);
  }

  @Test
  void aServiceWithOneReplicaIsReplacedNotRolled() {
    for (ServiceSpec service : CATALOG) {
      Map<String, Object> deployment = spec(k8s("Deployment", service.module()));
      Object strategy =
          Optional.ofNullable(map(deployment.get("strategy"))).map(m -> m.get("type")).orElse(null);
      assertEquals(
          Integer.valueOf(1).equals(deployment.get("replicas")),
          "Recreate".equals(strategy),
          service.module() + ": one replica, never two during a rollout");
    }
    assertFalse(
        spec(k8s("Deployment", "gateway")).containsKey("replicas"), "the HPA owns the gateway's");
  }

  @Test
  void onlyTheGatewayReachesTheServices() {
    Map<String, Object> policy = spec(k8s("NetworkPolicy", "services-from-the-gateway-only"));
    assertEquals(
        Map.of("vizzor.dev/role", "service"), map(policy.get("podSelector")).get("matchLabels"));
    List<Object> from = list(map(list(policy, "ingress").getFirst()), "from");
    assertEquals(1, from.size());
    assertEquals(
        Map.of("app.kubernetes.io/name", "gateway"),
        map(map(from.getFirst()).get("podSelector")).get("matchLabels"));
    for (ServiceSpec service : CATALOG) {
      Map<String, Object> template = map(spec(k8s("Deployment", service.module())).get("template"));
      assertEquals(service.module(), labels(template).get("app.kubernetes.io/name"));
      assertEquals(
          !service.isGateway(),
          "service".equals(labels(template).get("vizzor.dev/role")),
          service.module());
    }

    Map<String, Object> candles = spec(k8s("NetworkPolicy", "market-candles-from-the-services"));
    assertEquals(
        Map.of("app.kubernetes.io/name", "market-service"),
        map(candles.get("podSelector")).get("matchLabels"));
    Map<String, Object> rule = map(list(candles, "ingress").getFirst());
    assertEquals(
        List.of(Map.of("podSelector", Map.of("matchLabels", Map.of("vizzor.dev/role", "service")))),
        rule.get("from"),
        "the other services, nothing else");
    assertEquals(List.of(Map.of("port", 8082)), rule.get("ports"));
  }

  @Test
  void theGatewayScalesFromTheReplicasItDividesLimitsBy() {
    Map<String, Object> hpa = spec(k8s("HorizontalPodAutoscaler", "gateway"));
    assertEquals("gateway", map(hpa.get("scaleTargetRef")).get("name"));
    String expected =
        list(container(CATALOG.getFirst()), "env").stream()
            .map(DeploymentManifestsTest::map)
            .filter(v -> "VIZZOR_GATEWAY_EXPECTED_REPLICAS".equals(v.get("name")))
            .map(v -> (String) v.get("value"))
            .findFirst()
            .orElseThrow();
    assertEquals(Integer.parseInt(expected), hpa.get("minReplicas"));
  }

  @Test
  void kustomizationAppliesEveryManifestButTheSecretsExample() throws IOException {
    Map<String, Object> kustomization = yaml(ROOT.resolve("k8s/kustomization.yaml")).getFirst();
    Set<String> listed = new TreeSet<>();
    list(kustomization, "resources").forEach(each -> listed.add((String) each));
    try (Stream<Path> files = Files.list(ROOT.resolve("k8s"))) {
      Set<String> manifests =
          files
              .map(file -> file.getFileName().toString())
              .filter(file -> file.endsWith(".yaml"))
              .filter(file -> !Set.of("kustomization.yaml", "secrets.example.yaml").contains(file))
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(manifests, listed);
    }
  }

  @Test
  void composePublishesOnlyTheGateway() {
    Map<String, Object> services = map(compose().get("services"));
    for (ServiceSpec service : CATALOG) {
      Map<String, Object> entry = map(services.get(service.module()));
      assertEquals(service.isGateway(), entry.containsKey("ports"), service.module());
      assertEquals(
          service.module(), map(map(entry.get("build")).get("args")).get("MODULE"), "image module");
    }
    assertEquals(
        List.of("3100:3100", "127.0.0.1:9100:9100"),
        map(services.get("gateway")).get("ports"),
        "the admin API only on the host's loopback");
  }

  /** What {@code vizzor api start} gives the service, less what the image already defaults. */
  private static Set<String> launcherVariables(ServiceSpec service) {
    SuiteConnections connections =
        new SuiteConnections("postgresql://h:5432", "u", "p", "redis://h:6379", "h:9092", "s");
    GatewaySettings gateway = GatewaySettings.of("t", name -> Optional.of("set"));
    Set<String> names =
        new HashSet<>(
            ServiceEnvironment.forService(
                    service,
                    CATALOG,
                    connections,
                    gateway,
                    new SuiteKeys(InternalTokenKeys.generate(), ServiceCallKeys.generate(CATALOG)))
                .keySet());
    names.remove("QUARKUS_HTTP_PORT"); // the image's default (checked above)
    names.remove("VIZZOR_DATABASE"); // the image's default (checked by the database job's test)
    names.remove("VIZZOR_ADMIN_PORT"); // 9100, the gateway's default
    return names;
  }

  /** The variable names the Deployment sets or imports from its ConfigMaps and Secrets. */
  private static Set<String> k8sVariables(ServiceSpec service) {
    Map<String, Object> container = container(service);
    Set<String> names = new HashSet<>();
    Optional.ofNullable(container.get("env"))
        .ifPresent(env -> ((List<?>) env).forEach(v -> names.add((String) map(v).get("name"))));
    for (Object source : list(container, "envFrom")) {
      Map<String, Object> from = map(source);
      if (from.containsKey("configMapRef")) {
        String name = (String) map(from.get("configMapRef")).get("name");
        names.addAll(map(k8s("ConfigMap", name).get("data")).keySet());
      } else {
        String name = (String) map(from.get("secretRef")).get("name");
        names.addAll(map(secret(name).get("stringData")).keySet());
      }
    }
    return names;
  }

  /** A Secret of secrets.example.yaml, which the Deployments read. */
  private static Map<String, Object> secret(String name) {
    return yaml(ROOT.resolve("k8s/secrets.example.yaml")).stream()
        .filter(doc -> name.equals(name(doc)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Secret " + name + " in secrets.example.yaml"));
  }

  private static Map<String, Object> composeEnvironment(ServiceSpec service) {
    return map(map(map(compose().get("services")).get(service.module())).get("environment"));
  }

  private static Map<String, Object> compose() {
    return yaml(ROOT.resolve("deploy/docker-compose.yml")).getFirst();
  }

  private static Map<String, Object> container(ServiceSpec service) {
    Map<String, Object> pod = spec(map(spec(k8s("Deployment", service.module())).get("template")));
    return map(list(pod, "containers").getFirst());
  }

  private static String probePath(Map<String, Object> container, String probe) {
    return (String) map(map(container.get(probe)).get("httpGet")).get("path");
  }

  private static Map<String, Object> k8s(String kind, String name) {
    return K8S.stream()
        .filter(doc -> kind.equals(doc.get("kind")) && name.equals(name(doc)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in k8s/"));
  }

  private static List<Map<String, Object>> k8sDocuments() {
    List<Map<String, Object>> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("k8s"))) {
      files
          .filter(file -> file.toString().endsWith(".yaml"))
          .sorted()
          .forEach(f -> all.addAll(yaml(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static List<Map<String, Object>> yaml(Path file) {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (Object document : new Yaml().loadAll(reader)) {
        documents.add(map(document));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  private static Properties moduleProperties(ServiceSpec service) {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            ROOT.resolve(service.module()).resolve("src/main/resources/application.properties"))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** Every first group of {@code regex} in the file. */
  private static Set<String> captured(String file, String regex) throws IOException {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile(regex).matcher(Files.readString(ROOT.resolve(file)));
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Set<String> missing(Set<String> needed, Set<String> present) {
    Set<String> missing = new TreeSet<>(needed);
    missing.removeAll(present);
    return missing;
  }

  private static String name(Map<String, Object> doc) {
    return (String) map(doc.get("metadata")).get("name");
  }

  private static Map<String, Object> labels(Map<String, Object> doc) {
    return map(map(doc.get("metadata")).get("labels"));
  }

  private static Map<String, Object> spec(Map<String, Object> doc) {
    return map(doc.get("spec"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> object, String key) {
    return (List<Object>) object.get(key);
  }
}
