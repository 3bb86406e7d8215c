package dev.vizzor.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Vizzor family's error body (seed 000): {@code {"error":{"code","message","retryAfter"}}},
 * {@code retryAfter} (seconds) only on {@code rate_limited} and {@code service_unavailable}. Built
 * by {@link ErrorBodies}.
 */
public record VizzorError(Detail error) {

  /** {@code retryAfter} alone is left out when absent; the code and message are always written. */
  public record Detail(
      String code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Long retryAfter) {}
}
