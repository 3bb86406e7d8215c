package dev.vizzor.cli;

/** Polling pauses; an interrupt ends the wait early and is kept for the caller to see. */
final class Sleep {
  private Sleep() {}

  static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
