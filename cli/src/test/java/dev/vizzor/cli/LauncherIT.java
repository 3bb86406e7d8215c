package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.testsupport.PostgresServer;
import dev.vizzor.testsupport.RedisServerHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher as a new user runs it, in a checkout of its own: {@code api start --detach}
 * brings up the seven packaged services, {@code status} shows each UP, a second {@code start} says
 * it runs, {@code stop} leaves no process, and a {@code start} straight after works (the ports its
 * last run used are in TIME_WAIT then) and is stopped again.
 *
 * <p>The checkout is a temporary folder whose {@code <module>/target} link to this build's, so the
 * launcher's state ({@code .vizzor/}: pids, logs, the Kafka broker's data) is thrown away and never
 * the developer's. PostgreSQL and Redis follow the tests' rules (test-support); the suite's
 * databases get a prefix of their own and are dropped afterwards, and its ports are free ones, so a
 * suite the developer runs is never touched. Nothing else of the shell's reaches the launcher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherIT {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  /** DESIGN.md, "Modules and ports": the gateway, then the six services in port order. */
  private static final List<String> MODULES =
      List.of(
          "gateway",
          "orchestrator-service",
          "market-service",
          "prediction-service",
          "notification-service",
          "agent-service",
          "webhook-service");

  private static final Duration START_WITHIN = Duration.ofMinutes(4);
  private static final Duration STOP_WITHIN = Duration.ofMinutes(2);

  @TempDir static Path checkout;
  private final String databasePrefix =
      "vizzor_it_" + UUID.randomUUID().toString().substring(0, 8) + "_";
  private int gatewayPort;
  private int firstServicePort;

  @BeforeAll
  void layOutACheckout() throws IOException {
    for (String module : MODULES) {
      Path target = REPOSITORY.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
      assertTrue(Files.isRegularFile(target), "package the services first: missing " + target);
      Files.createDirectories(checkout.resolve(module));
      Files.createSymbolicLink(
          checkout.resolve(module).resolve("target"), REPOSITORY.resolve(module).resolve("target"));
    }
    gatewayPort = freeRun(1);
    firstServicePort = freeRun(6);
  }

  @AfterAll
  void leaveNothingBehind() throws Exception {
    vizzor(STOP_WITHIN, "api", "stop");
    for (String module : MODULES) {
      PostgresServer.get().dropDatabase(databasePrefix + module.replace("-service", ""));
    }
  }

  @Test
  void startStatusStopThenStartAgainAtOnce() throws Exception {
    Run started = start();
    assertEquals(0, started.exitCode(), started.output());
    assertEveryServiceUp();

    Run again = start();
    assertEquals(0, again.exitCode(), again.output());
    assertTrue(again.output().startsWith("Vizzor suite is already running (pid "), again.output());

    stopLeavingNoProcess();

    Run restarted = start();
    assertEquals(0, restarted.exitCode(), "start straight after stop:\n" + restarted.output());
    assertEveryServiceUp();

    stopLeavingNoProcess();
  }

  private Run start() throws Exception {
    return vizzor(
        START_WITHIN,
        "api",
        "start",
        "--detach",
        "--port",
        Integer.toString(gatewayPort),
        "--admin-port",
        Integer.toString(freeRun(1)),
        "--first-service-port",
        Integer.toString(firstServicePort));
  }

  private void assertEveryServiceUp() throws Exception {
    Run status = vizzor(Duration.ofMinutes(1), "api", "status");
    assertEquals(0, status.exitCode(), status.output());
    for (int i = 0; i < MODULES.size(); i++) {
      int port = i == 0 ? gatewayPort : firstServicePort + i - 1;
      assertTrue(
          status
              .output()
              .matches("(?s).*\\n" + MODULES.get(i) + " +\\| " + port + " +\\| \\d+ +\\| UP\\n.*"),
          MODULES.get(i) + " UP on " + port + " in\n" + status.output());
    }
  }

  /** {@code api stop}, then every process the launcher recorded (children.pids) is gone. */
  private void stopLeavingNoProcess() throws Exception {
    List<ProcessHandle> started = recordedProcesses();
    assertTrue(started.size() >= MODULES.size() + 1, "services and Kafka recorded: " + started);

    Run stopped = vizzor(STOP_WITHIN, "api", "stop");

    assertEquals(0, stopped.exitCode(), stopped.output());
    assertTrue(stopped.output().contains("Stopped Vizzor suite."), stopped.output());
    List<ProcessHandle> alive = started.stream().filter(ProcessHandle::isAlive).toList();
    assertEquals(List.of(), alive, "left running after stop");
    assertEquals(
        "Vizzor suite is not running.\n", vizzor(Duration.ofMinutes(1), "api", "status").output());
  }

  /** The supervisor and every child it recorded, each only if still the process it recorded. */
  private List<ProcessHandle> recordedProcesses() throws IOException {
    Path state = checkout.resolve(".vizzor");
    List<ProcessHandle> processes = new ArrayList<>();
    long supervisor = Long.parseLong(Files.readString(state.resolve("suite.pid")).strip());
    ProcessHandle.of(supervisor).ifPresent(processes::add);
    for (String line : Files.readAllLines(state.resolve("children.pids"))) {
      String[] fields = line.split(" ");
      long startMillis = Long.parseLong(fields[1]);
      ProcessHandle.of(Long.parseLong(fields[0]))
          .filter(p -> sameStart(p, startMillis))
          .ifPresent(processes::add);
    }
    return processes;
  }

  private static boolean sameStart(ProcessHandle process, long startMillis) {
    Optional<Instant> start = process.info().startInstant();
    return start.isEmpty() || Math.abs(start.get().toEpochMilli() - startMillis) < 2_000;
  }

  private record Run(int exitCode, String output) {}

  /** Runs the packaged CLI in the checkout with only the tests' store settings. */
  private Run vizzor(Duration within, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(JavaExecutable.path());
    command.add("-jar");
    command.add(cliJar().toString());
    command.addAll(List.of(args));
    Path output = Files.createTempFile(checkout, "vizzor-", ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(checkout.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("VIZZOR_") || name.startsWith("KAFKA_"));
    PostgresServer postgres = PostgresServer.get();
    env.put("VIZZOR_PG_URL", "postgresql://" + postgres.host() + ":" + postgres.port());
    env.put("VIZZOR_PG_USER", postgres.user());
    env.put("VIZZOR_PG_PASSWORD", postgres.password());
    env.put("VIZZOR_REDIS_URL", RedisServerHandle.get().url());
    env.put(DatabasePrefix.VARIABLE, databasePrefix);
    Process process = builder.start();
    if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          String.join(" ", args) + " still running after " + within + ":\n" + read(output));
    }
    return new Run(process.exitValue(), read(output) + supervisorLogOnFailure(process));
  }

  private String supervisorLogOnFailure(Process process) throws IOException {
    Path log = checkout.resolve(".vizzor/logs/supervisor.log");
    return process.exitValue() == 0 || !Files.exists(log)
        ? ""
        : "\n--- supervisor.log ---\n" + read(log);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Path cliJar() throws IOException {
    try (Stream<Path> files = Files.list(REPOSITORY.resolve("cli/target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("cli-.*\\.jar"))
          .filter(f -> !f.getFileName().toString().matches(".*-(sources|javadoc)\\.jar"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no packaged cli jar in cli/target"));
    }
  }

  /**
   * The first of {@code count} consecutive free loopback ports, below the kernel's range for
   * outgoing connections so none of those takes one before the suite binds it.
   */
  private static int freeRun(int count) {
    while (true) {
      int first = ThreadLocalRandom.current().nextInt(20_000, 30_000 - count);
      boolean free = true;
      for (int port = first; port < first + count && free; port++) {
        free = Ports.isFree(port) && !Ports.answers("127.0.0.1", port);
      }
      if (free) {
        return first;
      }
    }
  }
}
