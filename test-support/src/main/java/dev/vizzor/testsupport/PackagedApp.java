package dev.vizzor.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Quarkus application ({@code <module>/target/quarkus-app}) as its own process on a free
 * loopback port, configured by system properties: the real gateway in front of a service, or a
 * second replica of one.
 */
public final class PackagedApp implements AutoCloseable {
  private static final Duration READY_WITHIN = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;

  private PackagedApp(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the application in {@code jar} and returns once it reports ready. */
  public static PackagedApp start(Path jar, Map<String, String> config, Path log)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no packaged application at " + jar + ": build it first (./mvnw package -pl <module>)");
    }
    int port = Ports.free();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dquarkus.http.port=" + port);
    config.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PackagedApp app = new PackagedApp(process, port, log);
    try {
      app.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException e) {
      app.close();
      throw e;
    }
    return app;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitReady() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("application exited; see " + log);
      }
      try {
        HttpResponse<Void> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("application not ready in " + READY_WITHIN + "; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
