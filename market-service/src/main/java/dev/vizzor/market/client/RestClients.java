package dev.vizzor.market.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Builds the upstream REST clients from the configured base URLs, with the error mapping every
 * client shares. The connect timeout only bounds a dead host; the whole call is bounded by each
 * client's {@code @Timeout}.
 */
public final class RestClients {
  private RestClients() {}

  public static QuarkusRestClientBuilder builder(String upstream, String baseUrl) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(URI.create(baseUrl))
        .connectTimeout(3, TimeUnit.SECONDS)
        .register(new UpstreamErrors(upstream));
  }
}
