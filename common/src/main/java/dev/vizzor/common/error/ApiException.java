package dev.vizzor.common.error;

/**
 * The one exception a service throws to answer with an error: common's mappers render its {@link
 * ApiError} in the envelope of the request path's family. Subclasses only name a recurring case. No
 * stack trace is taken: these are answers, not bugs.
 */
public class ApiException extends RuntimeException {
  private final ApiError error;

  public ApiException(ApiError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public ApiException(Problem problem, String message) {
    this(ApiError.of(problem, message));
  }

  public ApiError error() {
    return error;
  }

  /** 400 {@code invalid_request} (Velocity: {@code bad_request}). */
  public static ApiException invalid(String message) {
    return new ApiException(Problem.INVALID_REQUEST, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(Problem.NOT_FOUND, message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(Problem.CONFLICT, message);
  }

  public static ApiException unavailable(String message, long retryAfterSeconds) {
    return new ApiException(
        ApiError.retryable(Problem.SERVICE_UNAVAILABLE, message, retryAfterSeconds));
  }
}
