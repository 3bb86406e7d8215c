package dev.vizzor.orchestrator.domain;

/**
 * No provider could answer: each failed before its first token reached the client, or was cooling
 * down; or the one answering failed after its first token (there is no falling back then, so one
 * answer is never two models spliced together).
 */
public final class ProvidersFailed extends RuntimeException {
  private final boolean midAnswer;

  public ProvidersFailed(String message, boolean midAnswer) {
    super(message);
    this.midAnswer = midAnswer;
  }

  /** Whether tokens of the answer had already been sent. */
  public boolean midAnswer() {
    return midAnswer;
  }
}
