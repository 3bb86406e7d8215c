package dev.vizzor.gateway.admin;

/** A refused admin call: its status and the Vizzor error code the CLI shows. */
public class AdminFailure extends RuntimeException {
  private final int status;
  private final String code;

  public AdminFailure(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  static AdminFailure invalid(String message) {
    return new AdminFailure(400, "invalid_request", message);
  }

  static AdminFailure notFound(String message) {
    return new AdminFailure(404, "not_found", message);
  }
}
