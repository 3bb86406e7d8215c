package dev.vizzor.gateway.error;

import dev.vizzor.common.error.VelocityError;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.error.ZmartyError;
import dev.vizzor.gateway.route.ApiFamily;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body each family's document prescribes for an edge error: Vizzor's nested {@code error}
 * object with {@code retryAfter}, Velocity's flat {@code error}/{@code message}, Zmarty's flat body
 * with {@code limit}/{@code retry_after} on 429 and {@code retry_after} on 503.
 */
public final class FamilyErrorBodies {
  private FamilyErrorBodies() {}

  public static Object body(
      ApiFamily family, EdgeError error, String message, long retryAfter, int limit) {
    return switch (family) {
      case VIZZOR -> vizzor(error, message, retryAfter);
      case VELOCITY -> new VelocityError(velocityCode(error), message);
      case ZMARTY -> zmarty(error, message, retryAfter, limit);
    };
  }

  private static VizzorError vizzor(EdgeError error, String message, long retryAfter) {
    String code =
        switch (error) {
          case BAD_REQUEST -> "bad_request";
          case UNAUTHORIZED -> "unauthorized";
          case TIER_TOO_LOW -> "tier_too_low";
          case NOT_FOUND -> "not_found";
          case METHOD_NOT_ALLOWED -> "method_not_allowed";
          case PAYLOAD_TOO_LARGE -> "payload_too_large";
          case RATE_LIMITED, DAILY_QUOTA_EXCEEDED, CONCURRENCY_EXCEEDED -> "rate_limited";
          case INTERNAL -> "internal_error";
          case SERVICE_UNAVAILABLE -> "service_unavailable";
        };
    return error.retryable()
        ? VizzorError.retryable(code, message, retryAfter)
        : VizzorError.of(code, message);
  }

  private static String velocityCode(EdgeError error) {
    return switch (error) {
      case BAD_REQUEST, PAYLOAD_TOO_LARGE -> "bad_request";
      case UNAUTHORIZED -> "unauthorized";
      case TIER_TOO_LOW -> "tier_too_low_for_api_access";
      case NOT_FOUND -> "not_found";
      case METHOD_NOT_ALLOWED -> "method_not_allowed";
      case RATE_LIMITED, DAILY_QUOTA_EXCEEDED, CONCURRENCY_EXCEEDED -> "quota_exceeded";
      case INTERNAL -> "internal_error";
      case SERVICE_UNAVAILABLE -> "service_unavailable";
    };
  }

  private static ZmartyError zmarty(EdgeError error, String message, long retryAfter, int limit) {
    Map<String, Object> extra = new LinkedHashMap<>();
    String code =
        switch (error) {
          case BAD_REQUEST, PAYLOAD_TOO_LARGE, METHOD_NOT_ALLOWED -> "invalid_request";
          case UNAUTHORIZED -> "invalid_token";
          case TIER_TOO_LOW -> "tier_too_low";
          case NOT_FOUND -> "not_found";
          case RATE_LIMITED, DAILY_QUOTA_EXCEEDED, CONCURRENCY_EXCEEDED -> "rate_limit_exceeded";
          case INTERNAL -> "server_error";
          case SERVICE_UNAVAILABLE -> "service_unavailable";
        };
    if (error.status() == 429) {
      extra.put("limit", limit);
    }
    if (error.retryable()) {
      extra.put("retry_after", retryAfter);
    }
    return new ZmartyError(code, message, extra);
  }
}
