package dev.vizzor.gateway.auth;

import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.Tier;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link Principal} as a ticket stores it in Redis, field by field, so the socket a ticket opens
 * acts for exactly whom the ticket was minted for (its credential kind and key included).
 */
final class PrincipalJson {
  private PrincipalJson() {}

  static String encode(Principal principal) {
    JsonObject json =
        new JsonObject()
            .put("accountId", principal.accountId().toString())
            .put("tier", principal.tier().wire())
            .put("kind", principal.kind().wire());
    principal.keyId().ifPresent(id -> json.put("keyId", id.toString()));
    principal.supabaseUser().ifPresent(user -> json.put("supabaseUser", user));
    return json.encode();
  }

  static Principal decode(String stored) {
    JsonObject json = new JsonObject(stored);
    return new Principal(
        UUID.fromString(json.getString("accountId")),
        Tier.fromWire(json.getString("tier")),
        CredentialKind.fromWire(json.getString("kind")),
        Optional.ofNullable(json.getString("keyId")).map(UUID::fromString),
        Optional.ofNullable(json.getString("supabaseUser")));
  }
}
