package dev.vizzor.gateway.auth.jwt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** A Supabase JWKS endpoint on a random local port that counts how often it is asked. */
public final class JwksStub implements AutoCloseable {
  public static final String PATH = "/auth/v1/.well-known/jwks.json";

  private final WireMockServer server;

  public JwksStub() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.port() + PATH;
  }

  /** From now on answers with this JWKS document. */
  public void serve(String jwksJson) {
    answer(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(jwksJson));
  }

  /** From now on answers like this (an error, a delay, a fault…). */
  public void answer(ResponseDefinitionBuilder response) {
    server.resetMappings();
    server.stubFor(get(urlEqualTo(PATH)).willReturn(response));
  }

  public int requests() {
    return server.countRequestsMatching(getRequestedFor(urlEqualTo(PATH)).build()).getCount();
  }

  /** Forgets stubs and counted requests. */
  public void reset() {
    server.resetAll();
  }

  @Override
  public void close() {
    server.stop();
  }
}
