package dev.vizzor.cli;

/** No usable answer from the admin API: nothing listening, no answer in time, or not its JSON. */
final class AdminApiUnreachable extends RuntimeException {
  AdminApiUnreachable(String message) {
    super(message);
  }
}
