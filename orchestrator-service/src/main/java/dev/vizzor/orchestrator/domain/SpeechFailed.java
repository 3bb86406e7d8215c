package dev.vizzor.orchestrator.domain;

/** No synthesiser could speak an answer; the message says which one failed and how. */
public class SpeechFailed extends RuntimeException {
  public SpeechFailed(String message) {
    super(message);
  }

  public SpeechFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
