package dev.vizzor.orchestrator.domain;

/**
 * What a chat message costs (docs/CHAT.md): one credit per started {@value #TOKENS_PER_CREDIT}
 * tokens of the message's usage (input and output), at least one.
 */
public final class CreditPrice {
  public static final int TOKENS_PER_CREDIT = 100;

  private CreditPrice() {}

  public static long of(long tokens) {
    return Math.max(1, (tokens + TOKENS_PER_CREDIT - 1) / TOKENS_PER_CREDIT);
  }
}
