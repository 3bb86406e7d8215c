package dev.vizzor.common.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the caller showed the gateway, as the token's {@code cred}. */
public enum CredentialKind {
  /** {@code X-API-Key}. */
  API_KEY,
  /** {@code Authorization: Bearer vel_…}. */
  VEL_KEY,
  /** A Supabase-issued JWT. */
  JWT,
  /** No user: the signed webhook. */
  WEBHOOK_HMAC;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CredentialKind fromWire(String value) {
    return WireNames.parse(CredentialKind.class, value);
  }
}
