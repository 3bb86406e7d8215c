package dev.vizzor.common.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts an {@link ApiError} in a family's envelope: Vizzor's nested {@code error} object ({@code
 * retryAfter} on retryable problems only), Velocity's flat {@code error}/{@code message} (when to
 * retry goes in the header alone, as seed 001 says), Zmarty's flat body with its detail fields and
 * {@code retry_after}. The only place an error body is built.
 */
public final class ErrorBodies {
  private ErrorBodies() {}

  /** The body to serialise as JSON. */
  public static Object body(ApiFamily family, ApiError error) {
    String code = family.code(error.problem());
    return switch (family) {
      case VIZZOR ->
          new VizzorError(new VizzorError.Detail(code, error.message(), error.retryAfterSeconds()));
      case VELOCITY -> new VelocityError(code, error.message());
      case ZMARTY -> {
        Map<String, Object> extra = new LinkedHashMap<>(error.details());
        if (error.retryAfterSeconds() != null) {
          extra.put("retry_after", error.retryAfterSeconds());
        }
        yield new ZmartyError(code, error.message(), extra);
      }
    };
  }

  /** The headers every family sends with this error, beside the JSON content type. */
  public static Map<String, String> headers(ApiError error) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (error.retryAfterSeconds() != null) {
      headers.put("Retry-After", Long.toString(error.retryAfterSeconds()));
    }
    if (error.problem() == Problem.UNAUTHORIZED) {
      headers.put("WWW-Authenticate", "Bearer");
    }
    return headers;
  }
}
