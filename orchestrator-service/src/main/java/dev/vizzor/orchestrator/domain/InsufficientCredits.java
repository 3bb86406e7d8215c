package dev.vizzor.orchestrator.domain;

/** A message the account cannot afford: what it holds and what the message needs reserved. */
public final class InsufficientCredits extends RuntimeException {
  private final long balance;
  private final long required;

  public InsufficientCredits(long balance, long required) {
    super("You need " + required + " credits but only have " + balance);
    this.balance = balance;
    this.required = required;
  }

  public long balance() {
    return balance;
  }

  public long required() {
    return required;
  }
}
