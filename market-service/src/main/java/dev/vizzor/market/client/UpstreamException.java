package dev.vizzor.market.client;

/**
 * An upstream API answered with an error status: either {@link UpstreamUnavailableException} (429,
 * 5xx: worth retrying, counts against the circuit breaker) or {@link UpstreamRejectedException} (a
 * refusal of the request itself: retrying cannot help).
 */
public class UpstreamException extends RuntimeException {
  private final String upstream;
  private final int status;
  private final String body;

  public UpstreamException(String upstream, int status, String body) {
    super(upstream + " answered HTTP " + status);
    this.upstream = upstream;
    this.status = status;
    this.body = body;
  }

  public String upstream() {
    return upstream;
  }

  public int status() {
    return status;
  }

  /** The error body as the upstream sent it, for recognising specific refusals. */
  public String body() {
    return body;
  }
}
