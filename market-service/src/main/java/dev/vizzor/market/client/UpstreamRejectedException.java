package dev.vizzor.market.client;

/**
 * A 4xx other than 429: the upstream refused this request. Never retried and not counted against
 * the circuit breaker, since the upstream itself is healthy.
 */
public class UpstreamRejectedException extends UpstreamException {
  public UpstreamRejectedException(String upstream, int status, String body) {
    super(upstream, status, body);
  }
}
