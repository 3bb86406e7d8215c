package dev.vizzor.common.error;

/**
 * Which API family's error envelope a path answers in (DESIGN.md, "API families and error
 * envelopes"): Velocity for {@code /api/v1/**}, Zmarty for {@code /chat}, {@code /healthz} and
 * {@code /functions/v1/**}, Vizzor for everything else.
 */
public enum ErrorFamily {
  VIZZOR,
  VELOCITY,
  ZMARTY;

  public static ErrorFamily ofPath(String path) {
    if (path.equals("/api/v1") || path.startsWith("/api/v1/")) {
      return VELOCITY;
    }
    if (path.equals("/chat") || path.equals("/healthz") || path.startsWith("/functions/v1/")) {
      return ZMARTY;
    }
    return VIZZOR;
  }

  /** The 401 body: each family names a missing or bad credential differently. */
  public Object unauthorized(String message) {
    return switch (this) {
      case VIZZOR -> VizzorError.of("unauthorized", message);
      case VELOCITY -> new VelocityError("unauthorized", message);
      case ZMARTY -> ZmartyError.of("invalid_token", message);
    };
  }
}
