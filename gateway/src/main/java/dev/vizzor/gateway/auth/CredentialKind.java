package dev.vizzor.gateway.auth;

/** How a request identified itself; carried in the internal token as {@code cred}. */
public enum CredentialKind {
  API_KEY("api_key"),
  VELOCITY_KEY("vel_key"),
  SUPABASE_JWT("jwt");

  private final String claim;

  CredentialKind(String claim) {
    this.claim = claim;
  }

  public String claim() {
    return claim;
  }
}
