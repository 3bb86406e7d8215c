package dev.vizzor.cli;

/** The admin API answered with an error: the HTTP status and the error envelope's code. */
final class AdminApiRefused extends RuntimeException {
  private final int status;
  private final String code;

  AdminApiRefused(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
