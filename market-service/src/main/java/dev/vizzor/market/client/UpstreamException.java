package dev.vizzor.market.client;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;

/**
 * An upstream API answered with an error status: either {@link UpstreamUnavailableException} (429,
 * 5xx: worth retrying, counts against the circuit breaker) or {@link UpstreamRejectedException} (a
 * refusal of the request itself: retrying cannot help). Either way the caller gets 503 {@code
 * service_unavailable} with when to retry: the request is fine, the source is not.
 */
public class UpstreamException extends ApiException {
  /** After an upstream error with the circuit still closed. */
  static final long RETRY_AFTER_SECONDS = 5;

  private final String upstream;
  private final int status;
  private final String body;

  public UpstreamException(String upstream, int status, String body) {
    super(
        ApiError.retryable(
            Problem.SERVICE_UNAVAILABLE,
            "the market data source is unavailable; retry later ("
                + upstream
                + " answered HTTP "
                + status
                + ")",
            RETRY_AFTER_SECONDS));
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
