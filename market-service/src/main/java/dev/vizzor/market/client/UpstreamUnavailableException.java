package dev.vizzor.market.client;

/** 429 or 5xx: the upstream is overloaded or down; retried, and counted by the circuit breaker. */
public class UpstreamUnavailableException extends UpstreamException {
  public UpstreamUnavailableException(String upstream, int status, String body) {
    super(upstream, status, body);
  }
}
