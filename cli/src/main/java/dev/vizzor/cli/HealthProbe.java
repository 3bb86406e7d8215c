package dev.vizzor.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's readiness endpoint; anything but a prompt 200 counts as not ready. */
public final class HealthProbe {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

  private HealthProbe() {}

  /**
   * A service with a management interface serves {@code /q/health} there instead of on its HTTP
   * port (Quarkus moves it once {@code quarkus.management.enabled} is set), so both are asked.
   */
  public static boolean ready(ServiceSpec service) {
    return ready(service.port())
        || (service.managementPort() > 0 && ready(service.managementPort()));
  }

  private static boolean ready(int port) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(REQUEST_TIMEOUT)
            .GET()
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
