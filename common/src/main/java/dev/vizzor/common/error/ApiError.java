package dev.vizzor.common.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One error answer, before it is put in a family's envelope ({@link ErrorBodies}).
 *
 * @param status the HTTP status; usually the problem's own, but a family may document another (the
 *     webhook's 422 {@code invalid_request})
 * @param retryAfterSeconds when to try again, for retryable problems only: the {@code Retry-After}
 *     header, Vizzor's {@code retryAfter} and Zmarty's {@code retry_after}
 * @param details code-specific fields Zmarty writes beside {@code error} ({@code balance}/{@code
 *     required}, {@code limit}, {@code field}); the other envelopes have no place for them
 */
public record ApiError(
    int status,
    Problem problem,
    String message,
    Long retryAfterSeconds,
    Map<String, Object> details) {

  public ApiError {
    if (retryAfterSeconds != null && !problem.retryable()) {
      throw new IllegalArgumentException(problem + " is not retryable");
    }
    details = details == null ? Map.of() : new LinkedHashMap<>(details);
  }

  public static ApiError of(Problem problem, String message) {
    return new ApiError(problem.status(), problem, message, null, Map.of());
  }

  public static ApiError retryable(Problem problem, String message, long retryAfterSeconds) {
    return new ApiError(problem.status(), problem, message, retryAfterSeconds, Map.of());
  }

  /** The same error with one more Zmarty detail field. */
  public ApiError with(String field, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(details);
    more.put(field, value);
    return new ApiError(status, problem, message, retryAfterSeconds, more);
  }

  /** The same error answered with another status (only where a family documents it). */
  public ApiError withStatus(int otherStatus) {
    return new ApiError(otherStatus, problem, message, retryAfterSeconds, details);
  }
}
