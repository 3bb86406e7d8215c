package dev.vizzor.common.error;

/**
 * What went wrong with a request, in terms every API family has a code for ({@link
 * ApiFamily#code}), with the status it is usually answered with.
 */
public enum Problem {
  INVALID_REQUEST(400),
  MESSAGE_TOO_LONG(400),
  UNAUTHORIZED(401),
  /** A signed delivery whose signature did not verify (the webhook). */
  INVALID_SIGNATURE(401),
  INSUFFICIENT_CREDITS(402),
  /** The account's tier does not include this API. */
  TIER_TOO_LOW(403),
  /** The caller is known but may not do this (e.g. a user token on a service-only path). */
  FORBIDDEN(403),
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  CONFLICT(409),
  PAYLOAD_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  RATE_LIMITED(429),
  INTERNAL(500),
  ALL_PROVIDERS_FAILED(503),
  SERVICE_UNAVAILABLE(503);

  private final int status;

  Problem(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** Whether the answer says when to try again ({@code Retry-After}, {@code retryAfter}). */
  public boolean retryable() {
    return status == 429 || status == 503;
  }

  /** The problem a bare HTTP status stands for, for statuses the framework chose. */
  public static Problem ofStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> RATE_LIMITED;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
    };
  }
}
