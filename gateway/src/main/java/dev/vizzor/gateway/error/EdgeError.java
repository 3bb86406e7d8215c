package dev.vizzor.gateway.error;

/**
 * Every answer the gateway itself gives instead of the upstream's, with its status. The code each
 * family uses for it is chosen in {@link FamilyErrorBodies}.
 */
public enum EdgeError {
  BAD_REQUEST(400),
  UNAUTHORIZED(401),
  TIER_TOO_LOW(403),
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  PAYLOAD_TOO_LARGE(413),
  RATE_LIMITED(429),
  DAILY_QUOTA_EXCEEDED(429),
  CONCURRENCY_EXCEEDED(429),
  INTERNAL(500),
  SERVICE_UNAVAILABLE(503);

  private final int status;

  EdgeError(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  public boolean retryable() {
    return status == 429 || status == 503;
  }
}
