package dev.vizzor.gateway.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.gateway.account.KeyKind;
import dev.vizzor.gateway.auth.CredentialExtractor;

/**
 * The three credentials the gateway accepts on every user route (DESIGN.md, "Credentials"), as
 * OpenAPI security schemes, so Swagger UI's "Authorize" offers each and "Try it out" sends it.
 */
final class CredentialSchemes {
  static final String API_KEY = "apiKey";
  static final String VELOCITY_KEY = "velocityKey";
  static final String SUPABASE_JWT = "supabaseJwt";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CredentialSchemes() {}

  static ObjectNode schemes() {
    ObjectNode schemes = NODES.objectNode();
    schemes
        .putObject(API_KEY)
        .put("type", "apiKey")
        .put("in", "header")
        .put("name", CredentialExtractor.API_KEY_HEADER)
        .put(
            "description",
            "A named key (" + KeyKind.API.prefix() + "…) made by `vizzor api key create <name>`.");
    schemes
        .putObject(VELOCITY_KEY)
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", KeyKind.VELOCITY.prefix() + "…")
        .put(
            "description",
            "A Velocity key, sent as `Authorization: Bearer " + KeyKind.VELOCITY.prefix() + "…`.");
    schemes
        .putObject(SUPABASE_JWT)
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", "JWT")
        .put("description", "A Supabase access token; an unknown user becomes a Free account.");
    return schemes;
  }

  /** Alternatives, not a combination: any one of the three credentials is enough. */
  static ArrayNode anyOne() {
    ArrayNode requirements = NODES.arrayNode();
    for (String scheme : new String[] {API_KEY, VELOCITY_KEY, SUPABASE_JWT}) {
      requirements.addObject().putArray(scheme);
    }
    return requirements;
  }
}
