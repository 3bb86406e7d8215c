package dev.vizzor.market.domain;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;

/**
 * An argument the caller got wrong (a symbol, a window, a count): 400 {@code invalid_request}.
 * Named apart from other {@link ApiException}s so the outbound calls' fault tolerance never retries
 * one (application.properties, {@code abort-on}).
 */
public class InvalidArgumentException extends ApiException {
  public InvalidArgumentException(String message) {
    super(Problem.INVALID_REQUEST, message);
  }
}
