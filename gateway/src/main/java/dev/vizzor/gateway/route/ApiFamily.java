package dev.vizzor.gateway.route;

/** The three API contracts; each answers errors in its own envelope (DESIGN.md "API families"). */
public enum ApiFamily {
  VIZZOR,
  VELOCITY,
  ZMARTY;

  /** The family a path belongs to, whether or not a route exists for it. */
  public static ApiFamily of(String path) {
    if (path.equals("/api/v1") || path.startsWith("/api/v1/")) {
      return VELOCITY;
    }
    if (path.equals("/chat")
        || path.equals("/healthz")
        || path.equals("/functions/v1")
        || path.startsWith("/functions/v1/")) {
      return ZMARTY;
    }
    return VIZZOR;
  }
}
