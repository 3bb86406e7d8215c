package dev.vizzor.market.domain;

/**
 * An argument the caller got wrong (a symbol, a window, a count): answered 400. Other {@link
 * IllegalArgumentException}s are this service's own bugs and answered 500.
 */
public class InvalidArgumentException extends IllegalArgumentException {
  public InvalidArgumentException(String message) {
    super(message);
  }
}
