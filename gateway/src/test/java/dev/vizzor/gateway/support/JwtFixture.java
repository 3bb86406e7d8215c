package dev.vizzor.gateway.support;

import dev.vizzor.gateway.auth.jwt.BadTokens;
import dev.vizzor.gateway.auth.jwt.JwksStub;
import dev.vizzor.gateway.auth.jwt.TestTokens;
import dev.vizzor.gateway.auth.jwt.TestTokens.SigningKey;
import java.util.Map;

/** The Supabase side for gateway tests: a JWKS endpoint with test keys and the HS256 secret. */
public final class JwtFixture {
  public static final SigningKey EC =
      new SigningKey("ec-1", "ES256", PemKeys.pair("EC", "/jwt/ec"));
  public static final SigningKey RSA =
      new SigningKey("rsa-1", "RS256", PemKeys.pair("RSA", "/jwt/rsa"));
  public static final BadTokens BAD = new BadTokens(EC, RSA);

  private static JwksStub jwks;

  private JwtFixture() {}

  public static synchronized Map<String, String> config() {
    if (jwks == null) {
      jwks = new JwksStub();
      jwks.serve(BAD.jwks());
    }
    return Map.of(
        "vizzor.gateway.jwt.hs256-secret", TestTokens.HS256_SECRET,
        "vizzor.gateway.jwt.jwks-url", jwks.url(),
        "vizzor.gateway.jwt.issuer", TestTokens.ISSUER);
  }
}
