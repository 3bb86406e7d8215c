package dev.vizzor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real single-node KRaft broker as its own JVM ({@code kafka.Kafka}) from the jars in the
 * CLI's lib folder, with its data in {@code .vizzor/kafka} so topics survive a restart.
 */
public final class KafkaLauncher {
  private static final int PREFERRED_PORT = 9092;
  private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

  private final SuiteLayout layout;
  private final ChildRegistry registry;

  public KafkaLauncher(SuiteLayout layout, ChildRegistry registry) {
    this.layout = layout;
    this.registry = registry;
  }

  /** A started broker; {@link #awaitReady} tells when it accepts clients. */
  public record RunningKafka(Process process, int port) {
    public String bootstrap() {
      return "127.0.0.1:" + port;
    }

    public InfraEndpoint endpoint() {
      return InfraEndpoint.embedded(
          "Kafka", bootstrap(), "KRaft broker (pid " + process.pid() + ")");
    }

    public void awaitReady(Duration timeout, Path log) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (Ports.answers("127.0.0.1", port)) {
          return;
        }
        if (!process.isAlive()) {
          throw new LaunchException("Kafka exited with code " + process.exitValue(), log);
        }
        Sleep.millis(250);
      }
      throw new LaunchException("Kafka did not open port " + port + " within " + timeout, log);
    }
  }

  public RunningKafka start() {
    int port = Ports.preferredOrFree(PREFERRED_PORT);
    int controllerPort = Ports.free();
    Path dataDir = layout.kafkaDir().resolve("data");
    Path config = layout.kafkaDir().resolve("server.properties");
    Path log = layout.log("kafka");
    try {
      Files.createDirectories(dataDir);
      Files.writeString(
          config,
          KafkaProperties.render(KafkaProperties.singleNode(port, controllerPort, dataDir)));
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + layout.kafkaDir(), e);
    }
    if (!Files.exists(dataDir.resolve("meta.properties"))) {
      format(config, log);
    }
    List<String> command = java("kafka.Kafka", config.toString());
    try {
      Process process =
          NewSession.builder(command, layout.root(), Redirect.appendTo(log.toFile())).start();
      registry.record(process.toHandle(), "kafka");
      return new RunningKafka(process, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Kafka", e);
    }
  }

  /** A KRaft log directory must be formatted with a cluster id before the first start. */
  private void format(Path config, Path log) {
    List<String> command =
        java(
            "kafka.tools.StorageTool", "format", "-t", ClusterId.random(), "-c", config.toString());
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(Redirect.appendTo(log.toFile()))
              .start();
      if (!process.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new LaunchException("Kafka storage format timed out", log);
      }
      if (process.exitValue() != 0) {
        throw new LaunchException("Kafka storage format failed", log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the Kafka storage tool", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("interrupted while formatting Kafka storage", log);
    }
  }

  private List<String> java(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(JavaExecutable.path());
    command.add("-Xmx256m");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
    command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
    command.add("-cp");
    command.add(layout.libDir().resolve("*").toString());
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }
}
