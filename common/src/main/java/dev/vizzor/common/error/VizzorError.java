package dev.vizzor.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Vizzor family's error body (seed 000): {@code {"error":{"code","message","retryAfter"}}},
 * {@code retryAfter} (seconds) only on {@code rate_limited} and {@code service_unavailable}.
 */
public record VizzorError(Detail error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(String code, String message, Long retryAfter) {}

  public static VizzorError of(String code, String message) {
    return new VizzorError(new Detail(code, message, null));
  }

  public static VizzorError retryable(String code, String message, long retryAfterSeconds) {
    return new VizzorError(new Detail(code, message, retryAfterSeconds));
  }
}
