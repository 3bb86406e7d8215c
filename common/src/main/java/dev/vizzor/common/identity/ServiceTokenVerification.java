package dev.vizzor.common.identity;

import dev.vizzor.common.calls.ServiceTokenConfig;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * How a token from another service is verified: with that service's own public key and issuer
 * ({@code vizzor-service:<name>}), every other check as for the gateway's tokens. Which key applies
 * is read from the token's issuer before verification; a token naming a service whose key this one
 * was not given is refused, and a forged issuer cannot pass, since the signature is then checked
 * with the key of the service it names.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class ServiceTokenVerification {
  private final Map<String, JWTAuthContextInfo> byIssuer;

  ServiceTokenVerification(JWTAuthContextInfo gateway, ServiceTokenConfig config) {
    this.byIssuer =
        config
            .publicKeys()
            .map(ServiceTokenVerification::keysByService)
            .orElse(Map.of())
            .entrySet()
            .stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    entry -> InternalClaims.serviceIssuer(entry.getKey()),
                    entry -> {
                      JWTAuthContextInfo context = new JWTAuthContextInfo(gateway);
                      context.setPublicVerificationKey(entry.getValue());
                      context.setPublicKeyContent(null);
                      context.setPublicKeyLocation(null);
                      context.setIssuedBy(InternalClaims.serviceIssuer(entry.getKey()));
                      return context;
                    }));
  }

  /**
   * The verification context of a service's token, or empty for any other token (verified as the
   * gateway's).
   *
   * @throws ParseException for a token naming a service whose calls are not accepted here
   */
  Optional<JWTAuthContextInfo> contextOf(String token) throws ParseException {
    String issuer = unverifiedIssuer(token);
    if (InternalClaims.serviceOf(issuer).isEmpty()) {
      return Optional.empty();
    }
    JWTAuthContextInfo context = byIssuer.get(issuer);
    if (context == null) {
      throw new ParseException("no public key for calls from " + issuer);
    }
    return Optional.of(context);
  }

  private static String unverifiedIssuer(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return null;
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      return JsonUtil.parseJson(payload).get("iss") instanceof String issuer ? issuer : null;
    } catch (IllegalArgumentException | JoseException malformed) {
      return null; // SmallRye refuses it with the gateway's context
    }
  }

  static Map<String, PublicKey> keysByService(String jwks) {
    Map<String, PublicKey> keys = new HashMap<>();
    try {
      for (JsonWebKey key : new JsonWebKeySet(jwks).getJsonWebKeys()) {
        if (key.getKeyId() == null || !(key instanceof EllipticCurveJsonWebKey ec)) {
          throw new IllegalArgumentException("each key must be an EC key with a kid");
        }
        keys.put(key.getKeyId(), ec.getPublicKey());
      }
    } catch (JoseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "vizzor.service-token.public-keys is not a JWK set of EC public keys named by kid: "
              + e.getMessage(),
          e);
    }
    return Map.copyOf(keys);
  }
}
