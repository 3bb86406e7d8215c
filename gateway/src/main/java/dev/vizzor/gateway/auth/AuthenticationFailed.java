package dev.vizzor.gateway.auth;

/**
 * A credential was missing or refused. Every case answers the same 401 (no oracle for attackers);
 * {@code reason} only goes to the log.
 */
public class AuthenticationFailed extends RuntimeException {
  public AuthenticationFailed(String reason) {
    super(reason, null, false, false);
  }

  public String reason() {
    return getMessage();
  }
}
