package dev.vizzor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Owns one running suite: starts the stores, then the services, waits for readiness, and stays in
 * the foreground until SIGINT/SIGTERM, when its shutdown hook stops everything in reverse.
 */
public final class Supervisor {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);
  private static final Duration KAFKA_GRACE = Duration.ofSeconds(30);
  private static final int FAILURE_LOG_LINES = 30;

  private final SuiteLayout layout;
  private final int gatewayPort;
  private final int adminPort;
  private final int firstServicePort;
  private final long startedAtMillis;
  private final boolean embeddedStores;
  private final ChildRegistry registry;
  private final Map<ServiceSpec, Process> services = new LinkedHashMap<>();
  private KafkaLauncher.RunningKafka kafka;
  private PostgresProvider.Postgres postgres;
  private RedisProvider.Redis redis;
  private volatile boolean stopping;
  private boolean stopped;

  public Supervisor(
      SuiteLayout layout,
      int gatewayPort,
      int adminPort,
      int firstServicePort,
      long startedAtMillis,
      boolean embeddedStores) {
    this.layout = layout;
    this.gatewayPort = gatewayPort;
    this.adminPort = adminPort;
    this.firstServicePort = firstServicePort;
    this.startedAtMillis = startedAtMillis;
    this.embeddedStores = embeddedStores;
    this.registry = new ChildRegistry(layout.childrenFile());
  }

  public int run() throws InterruptedException {
    List<ServiceSpec> catalog;
    SuiteKeys keys;
    try {
      catalog =
          ServiceCatalog.services(
              gatewayPort, adminPort, firstServicePort, DatabasePrefix.fromEnvironment(Env::get));
      keys =
          new SuiteKeys(
              InternalTokenKeys.fromEnvironment(Env::get), ServiceCallKeys.generate(catalog));
    } catch (IllegalArgumentException e) {
      System.err.println("Cannot start the suite: " + e.getMessage());
      return 1;
    }
    Optional<String> problem = preflight(catalog);
    if (problem.isPresent()) {
      System.err.println(problem.get());
      return 1;
    }
    layout.prepare();
    SuiteState.clear(layout);
    registry.reset();
    PidFile.write(layout.pidFile(), ProcessHandle.current().pid());
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "vizzor-shutdown"));
    System.out.println(
        "Starting Vizzor suite (supervisor pid " + ProcessHandle.current().pid() + ")");

    SuiteState state;
    try {
      state = startAll(catalog, keys);
    } catch (LaunchException e) {
      System.err.println("Start failed: " + e.getMessage());
      System.err.println("--- last lines of " + layout.root().relativize(e.log()) + " ---");
      System.err.println(LogTail.last(e.log(), FAILURE_LOG_LINES));
      stopAll();
      return 1;
    } catch (RuntimeException e) {
      System.err.println("Start failed: " + e.getMessage());
      stopAll();
      return 1;
    }

    Optional<ReadinessWaiter.Failure> failure =
        ReadinessWaiter.await(services, READY_TIMEOUT, startedAtMillis);
    if (failure.isPresent()) {
      ServiceSpec failed = failure.get().service();
      System.err.println(failed.module() + " did not become ready: " + failure.get().reason());
      System.err.println(
          "--- last "
              + FAILURE_LOG_LINES
              + " lines of .vizzor/logs/"
              + failed.module()
              + ".log ---");
      System.err.println(LogTail.last(layout.log(failed.module()), FAILURE_LOG_LINES));
      stopAll();
      return 1;
    }
    state = state.withReadySeconds(Seconds.since(startedAtMillis));
    state.write(layout);
    // Late children (JVM helpers, PostgreSQL workers) are recorded too, for api stop's sweep.
    ProcessHandle.current().descendants().forEach(p -> registry.record(p, "descendant"));

    System.out.println();
    System.out.print(SuiteReport.live(layout, ProcessHandle.current()));
    System.out.println("Logs in .vizzor/logs. Ctrl-C or ./vizzor api stop ends the suite.");
    System.out.flush();
    markReady();
    watchForCrashes();
    Thread.currentThread().join(); // the shutdown hook ends the JVM
    return 0;
  }

  /** Refuse early, before anything was started, when the suite cannot possibly come up. */
  private Optional<String> preflight(List<ServiceSpec> catalog) {
    List<String> problems = new ArrayList<>();
    for (ServiceSpec service : catalog) {
      if (!Files.isRegularFile(layout.serviceJar(service.module()))) {
        problems.add(
            "missing "
                + layout.root().relativize(layout.serviceJar(service.module()))
                + " (build with ./mvnw package -DskipTests)");
      } else if (!Ports.isFree(service.port())) {
        problems.add("port " + service.port() + " (" + service.module() + ") is already in use");
      } else if (service.managementPort() > 0 && !Ports.isFree(service.managementPort())) {
        problems.add(
            "port "
                + service.managementPort()
                + " ("
                + service.module()
                + " admin API, --admin-port) is already in use");
      }
    }
    if (Env.get("KAFKA_BOOTSTRAP_SERVERS").isEmpty() && !Files.isDirectory(layout.libDir())) {
      problems.add("missing " + layout.libDir() + " (the Kafka broker's jars)");
    }
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of("Cannot start the suite:\n  " + String.join("\n  ", problems));
  }

  private SuiteState startAll(List<ServiceSpec> catalog, SuiteKeys keys) {
    InfraEndpoint kafkaEndpoint;
    String bootstrap;
    var externalKafka = Env.get("KAFKA_BOOTSTRAP_SERVERS");
    if (externalKafka.isPresent()) {
      bootstrap = externalKafka.get();
      kafkaEndpoint = InfraEndpoint.external("Kafka", bootstrap, "KAFKA_BOOTSTRAP_SERVERS");
    } else {
      // The broker boots in its own JVM while PostgreSQL and Redis come up here.
      kafka = new KafkaLauncher(layout, registry).start();
      bootstrap = kafka.bootstrap();
      kafkaEndpoint = kafka.endpoint();
    }
    postgres = new PostgresProvider(layout, registry).provide(embeddedStores);
    DatabaseInitializer.ensure(postgres, catalog.stream().map(ServiceSpec::database).toList());
    redis = new RedisProvider(registry).provide(embeddedStores);
    if (kafka != null) {
      kafka.awaitReady(KAFKA_TIMEOUT, layout.log("kafka"));
      SuiteTopics.ensure(kafka.bootstrap());
    }

    var configuredSecrets = Env.get("VIZZOR_WEBHOOK_SECRETS");
    String generatedSecret = configuredSecrets.isPresent() ? null : DevSecret.generate();
    SuiteConnections connections =
        new SuiteConnections(
            postgres.url(),
            postgres.user(),
            postgres.password(),
            redis.url(),
            bootstrap,
            configuredSecrets.orElse(generatedSecret));
    Map<String, String> infra = new LinkedHashMap<>();
    infra.put(SuiteState.KAFKA, kafkaEndpoint.describe());
    infra.put(SuiteState.POSTGRES, postgres.endpoint().describe());
    infra.put(SuiteState.REDIS, redis.endpoint().describe());
    infra.forEach((kind, line) -> System.out.println("  " + kind + ": " + line));
    if (generatedSecret != null) {
      System.out.println(
          "  VIZZOR_WEBHOOK_SECRETS not set; generated dev secret " + generatedSecret);
    }

    var configuredToken = Env.get("VIZZOR_ADMIN_TOKEN");
    String adminToken = configuredToken.orElseGet(AdminToken::generate);
    if (configuredToken.isEmpty()) {
      // For the key and account commands in other shells; the token itself is never printed.
      AdminTokenFile.write(layout.adminTokenFile(), adminToken);
    }
    System.out.println(
        "  Admin API: "
            + SuiteReport.adminApi(Ports.loopbackUrl(adminPort), configuredToken.isEmpty()));
    GatewaySettings gateway = GatewaySettings.of(adminToken, Env::get);
    System.out.println("  Internal token: " + SuiteReport.internalTokenKeys(keys.internalToken()));
    System.out.println("  Service calls:  an EC P-256 key per service, generated for this run");

    ServiceLauncher launcher = new ServiceLauncher(layout, registry);
    Map<String, Long> pids = new LinkedHashMap<>();
    for (ServiceSpec service : catalog) {
      Process process =
          launcher.start(
              service, ServiceEnvironment.forService(service, catalog, connections, gateway, keys));
      services.put(service, process);
      pids.put(service.module(), process.pid());
    }
    System.out.println("  started " + services.size() + " services; waiting for /q/health/ready");
    SuiteState state =
        new SuiteState(
            gatewayPort,
            adminPort,
            firstServicePort,
            pids,
            infra,
            postgres.postmaster() == null ? 0 : postgres.postmaster().pid(),
            postgres.embedded() != null || redis.embedded() != null,
            null,
            generatedSecret);
    state.write(layout);
    return state;
  }

  private void markReady() {
    try {
      Files.writeString(layout.readyFile(), ProcessHandle.current().pid() + "\n");
    } catch (IOException e) {
      System.err.println("cannot write " + layout.readyFile() + ": " + e.getMessage());
    }
  }

  /** A service dying later is reported, not hidden; the rest of the suite keeps running. */
  private void watchForCrashes() {
    services.forEach(
        (service, process) ->
            process
                .onExit()
                .thenAccept(
                    p -> {
                      if (!stopping) {
                        System.err.println(
                            service.module()
                                + " exited unexpectedly (code "
                                + p.exitValue()
                                + "); see .vizzor/logs/"
                                + service.module()
                                + ".log");
                      }
                    }));
  }

  /** Reverse start order: services, then Kafka, then the stores they were writing to. */
  private synchronized void stopAll() {
    if (stopped) {
      return;
    }
    stopping = true;
    stopped = true;
    System.out.println("Stopping Vizzor suite ...");
    stopServices();
    if (kafka != null) {
      ProcessTerminator.stop(kafka.process().toHandle(), KAFKA_GRACE);
      System.out.println("  stopped Kafka");
    }
    if (redis != null) {
      redis.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    // Anything still alive below us (e.g. a redis-server that ignored stop) goes now.
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    SuiteState.clear(layout);
    PidFile.delete(layout.childrenFile());
    PidFile.delete(layout.pidFile());
    System.out.println("Vizzor suite stopped.");
    System.out.flush();
  }

  /** All services get SIGTERM at once and share one grace period, so stop takes ~20 s at most. */
  private void stopServices() {
    if (services.isEmpty()) {
      return;
    }
    Map<ProcessHandle, List<ProcessHandle>> trees = new LinkedHashMap<>();
    services.values().forEach(p -> trees.put(p.toHandle(), p.toHandle().descendants().toList()));
    trees.keySet().forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + SERVICE_GRACE.toNanos();
    for (var entry : trees.entrySet()) {
      long left = Math.max(0, deadline - System.nanoTime());
      try {
        entry.getKey().onExit().get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        entry.getKey().destroyForcibly();
      }
      entry.getValue().stream()
          .filter(ProcessHandle::isAlive)
          .forEach(ProcessHandle::destroyForcibly);
    }
    System.out.println("  stopped " + services.size() + " services");
  }
}
