package dev.vizzor.gateway.auth.jwt;

/**
 * A token that must not authenticate anyone. {@link #reason()} is for logs only: clients all get
 * the same 401, so they learn nothing about which check failed.
 */
public class JwtRejectedException extends RuntimeException {
  private final Rejection category;

  public JwtRejectedException(Rejection category, String detail) {
    // No stack trace: rejections are routine and attacker-driven, and the trace would say nothing.
    super(category.name().toLowerCase() + ": " + detail, null, false, false);
    this.category = category;
  }

  public Rejection category() {
    return category;
  }

  public String reason() {
    return getMessage();
  }
}
