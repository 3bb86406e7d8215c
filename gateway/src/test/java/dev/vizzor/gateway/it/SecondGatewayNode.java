package dev.vizzor.gateway.it;

import dev.vizzor.testsupport.Ports;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Another gateway process from the same packaged jar, sharing the first one's stores. */
final class SecondGatewayNode implements AutoCloseable {
  private final Process process;
  private final int port;

  private SecondGatewayNode(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static SecondGatewayNode start(Map<String, String> config) throws Exception {
    int port = Ports.free();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dvizzor.gateway.admin.port=0");
    config.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(new File("target/second-gateway-node.log"))
            .start();
    SecondGatewayNode node = new SecondGatewayNode(process, port);
    node.awaitReady();
    return node;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "second gateway exited; see target/second-gateway-node.log");
      }
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("second gateway not ready in 60 s");
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
