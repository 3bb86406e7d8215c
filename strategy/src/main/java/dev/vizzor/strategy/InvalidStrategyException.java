package dev.vizzor.strategy;

/** A strategy that cannot be built as given; the message names the field and what it takes. */
public class InvalidStrategyException extends IllegalArgumentException {
  private final String field;

  public InvalidStrategyException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
