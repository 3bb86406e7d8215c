package dev.vizzor.common.error;

/**
 * The three API contracts (DESIGN.md, "API families and error envelopes"). Each answers errors in
 * its own envelope and with its own code for each {@link Problem}: Velocity for {@code /api/v1/**},
 * Zmarty for {@code /chat}, {@code /healthz} and {@code /functions/v1/**}, Vizzor for everything
 * else. The code tables below are the families' documented codes; the rest follow each family's
 * naming.
 */
public enum ApiFamily {
  VIZZOR,
  VELOCITY,
  ZMARTY;

  /** The family a path belongs to, whether or not anything serves that path. */
  public static ApiFamily ofPath(String path) {
    if (path.equals("/api/v1") || path.startsWith("/api/v1/")) {
      return VELOCITY;
    }
    if (path.equals("/chat")
        || path.startsWith("/chat/")
        || path.equals("/healthz")
        || path.equals("/functions/v1")
        || path.startsWith("/functions/v1/")) {
      return ZMARTY;
    }
    return VIZZOR;
  }

  /** This family's stable code for {@code problem}. */
  public String code(Problem problem) {
    return switch (this) {
      case VIZZOR -> vizzor(problem);
      case VELOCITY -> velocity(problem);
      case ZMARTY -> zmarty(problem);
    };
  }

  // Seed 000: "rate_limited", "service_unavailable"; the others in its snake_case.
  private static String vizzor(Problem problem) {
    return switch (problem) {
      case INVALID_REQUEST -> "invalid_request";
      case UNAUTHORIZED, INVALID_SIGNATURE -> "unauthorized";
      case INSUFFICIENT_CREDITS -> "insufficient_credits";
      case TIER_TOO_LOW -> "tier_too_low";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not_found";
      case METHOD_NOT_ALLOWED -> "method_not_allowed";
      case NOT_ACCEPTABLE -> "not_acceptable";
      case CONFLICT -> "conflict";
      case PAYLOAD_TOO_LARGE -> "payload_too_large";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
      case MESSAGE_TOO_LONG -> "message_too_long";
      case RATE_LIMITED -> "rate_limited";
      case INTERNAL -> "internal_error";
      case ALL_PROVIDERS_FAILED, SERVICE_UNAVAILABLE -> "service_unavailable";
    };
  }

  // Seed 001's table: bad_request 400, unauthorized 401, tier_too_low_for_api_access 403,
  // quota_exceeded 429, internal_error 500. Every refusal of the request itself is a bad_request.
  private static String velocity(Problem problem) {
    return switch (problem) {
      case INVALID_REQUEST,
          NOT_ACCEPTABLE,
          PAYLOAD_TOO_LARGE,
          UNSUPPORTED_MEDIA_TYPE,
          MESSAGE_TOO_LONG ->
          "bad_request";
      case UNAUTHORIZED, INVALID_SIGNATURE -> "unauthorized";
      case INSUFFICIENT_CREDITS -> "insufficient_credits";
      case TIER_TOO_LOW -> "tier_too_low_for_api_access";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not_found";
      case METHOD_NOT_ALLOWED -> "method_not_allowed";
      case CONFLICT -> "conflict";
      case RATE_LIMITED -> "quota_exceeded";
      case INTERNAL -> "internal_error";
      case ALL_PROVIDERS_FAILED, SERVICE_UNAVAILABLE -> "service_unavailable";
    };
  }

  // Seed 002's reference: invalid_token, insufficient_credits, rate_limit_exceeded,
  // message_too_long, all_providers_failed, invalid_request, server_error.
  private static String zmarty(Problem problem) {
    return switch (problem) {
      case INVALID_REQUEST,
          METHOD_NOT_ALLOWED,
          NOT_ACCEPTABLE,
          PAYLOAD_TOO_LARGE,
          UNSUPPORTED_MEDIA_TYPE ->
          "invalid_request";
      case UNAUTHORIZED -> "invalid_token";
      case INVALID_SIGNATURE -> "invalid_signature";
      case INSUFFICIENT_CREDITS -> "insufficient_credits";
      case TIER_TOO_LOW -> "tier_too_low";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not_found";
      case CONFLICT -> "conflict";
      case MESSAGE_TOO_LONG -> "message_too_long";
      case RATE_LIMITED -> "rate_limit_exceeded";
      case INTERNAL -> "server_error";
      case ALL_PROVIDERS_FAILED -> "all_providers_failed";
      case SERVICE_UNAVAILABLE -> "service_unavailable";
    };
  }
}
