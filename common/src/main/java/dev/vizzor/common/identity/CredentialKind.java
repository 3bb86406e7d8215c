package dev.vizzor.common.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What vouches for a call, as the internal token's {@code cred}. */
public enum CredentialKind {
  /** {@code X-API-Key}, through the gateway. */
  API_KEY,
  /** {@code Authorization: Bearer vel_…}, through the gateway. */
  VEL_KEY,
  /** A Supabase-issued JWT, through the gateway. */
  JWT,
  /** No user: the signed webhook, through the gateway. */
  WEBHOOK_HMAC,
  /**
   * An operator through the gateway's admin API (the {@code vizzor} CLI), acting on an account:
   * signed by the gateway only for its admin calls, never for a client's request.
   */
  OPERATOR,
  /**
   * Another service of the suite, signing with its own key (docs/INTERNAL-TOKEN.md, "Calls between
   * services"). Never issued by the gateway, so never presentable by a client.
   */
  SERVICE;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CredentialKind fromWire(String value) {
    return WireNames.parse(CredentialKind.class, value);
  }
}
