package dev.vizzor.orchestrator.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * The REST clients of the services behind the tools: 2 s to connect (they run next to this one),
 * and as long to read as the client's longest call may take under its fault-tolerance timeout.
 */
public final class ServiceClients {
  /** How long every tool client's open circuit stays open before a call is tried again. */
  public static final long CIRCUIT_DELAY_MILLIS = 15_000;

  private ServiceClients() {}

  static <T> T build(String url, int readSeconds, Class<T> api) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(URI.create(url))
        .connectTimeout(2, TimeUnit.SECONDS)
        .readTimeout(readSeconds, TimeUnit.SECONDS)
        .build(api);
  }
}
