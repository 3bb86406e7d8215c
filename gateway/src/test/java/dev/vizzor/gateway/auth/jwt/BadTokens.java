package dev.vizzor.gateway.auth.jwt;

import static dev.vizzor.gateway.auth.jwt.TestTokens.HS256_SECRET;
import static dev.vizzor.gateway.auth.jwt.TestTokens.base64url;
import static dev.vizzor.gateway.auth.jwt.TestTokens.jwt;

import dev.vizzor.gateway.auth.jwt.TestTokens.Signer;
import dev.vizzor.gateway.auth.jwt.TestTokens.SigningKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tokens that must never authenticate anyone, each with the reason it is refused. They assume a
 * verifier configured with {@link TestTokens#HS256_SECRET}, issuer {@link TestTokens#ISSUER},
 * audience {@code authenticated}, and the JWKS of {@link #jwks()}, whose keys are valid and also
 * include entries that must never be used (a symmetric key, an encryption key, a 1024-bit RSA key,
 * keys whose {@code alg} does not fit them, a duplicated kid).
 *
 * <p>For tokens naming a kid of that JWKS with HS256 to be refused as {@link
 * Rejection#KEY_MISMATCH} rather than {@link Rejection#BAD_SIGNATURE}, the verifier must have
 * fetched the JWKS already (verify a good ES256 token first).
 */
public final class BadTokens {
  /** One attack; {@code name} says what it tries. */
  public record Case(String name, String token, Rejection rejection) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The secret of the symmetric key the JWKS publishes; anyone can read it, so it must not count.
   */
  public static final String PUBLISHED_OCT_SECRET = "a-secret-in-a-public-jwks-is-no-secret-at-all";

  private final SigningKey ec;
  private final SigningKey rsa;
  private final SigningKey weakRsa = SigningKey.rsa("rsa-1024", 1024);
  private final SigningKey stranger = SigningKey.ec("stranger");

  /** {@code ec} and {@code rsa} are the valid keys of the JWKS. */
  public BadTokens(SigningKey ec, SigningKey rsa) {
    this.ec = ec;
    this.rsa = rsa;
  }

  public String jwks() {
    Map<String, Object> oct =
        Map.of("kty", "oct", "kid", "oct-1", "alg", "HS256", "k", base64url(PUBLISHED_OCT_SECRET));
    Map<String, Object> encryptionKey = ec.jwk();
    encryptionKey.put("kid", "ec-enc");
    encryptionKey.put("use", "enc");
    Map<String, Object> ecClaimingRs256 = ec.jwk();
    ecClaimingRs256.put("kid", "ec-says-rs256");
    ecClaimingRs256.put("alg", "RS256");
    Map<String, Object> rsaClaimingRs512 = rsa.jwk();
    rsaClaimingRs512.put("kid", "rsa-says-rs512");
    rsaClaimingRs512.put("alg", "RS512");
    Map<String, Object> duplicateEc = ec.jwk();
    duplicateEc.put("kid", "dup");
    Map<String, Object> duplicateRsa = rsa.jwk();
    duplicateRsa.put("kid", "dup");
    return TestTokens.jwksOf(
        List.of(
            ec.jwk(),
            rsa.jwk(),
            weakRsa.jwk(),
            oct,
            encryptionKey,
            ecClaimingRs256,
            rsaClaimingRs512,
            duplicateEc,
            duplicateRsa));
  }

  public List<Case> cases(Instant now) {
    List<Case> cases = new ArrayList<>();
    structure(now, cases);
    algorithms(now, cases);
    keyConfusion(now, cases);
    headers(now, cases);
    signatures(now, cases);
    claims(now, cases);
    return cases;
  }

  private void structure(Instant now, List<Case> cases) {
    String good = jwt(now).signedWith(ec);
    String[] parts = good.split("\\.");
    add(cases, Rejection.MALFORMED, "empty token", "");
    add(cases, Rejection.MALFORMED, "one part", "not-a-jwt");
    add(cases, Rejection.MALFORMED, "two parts", parts[0] + "." + parts[1]);
    add(cases, Rejection.MALFORMED, "four parts", good + ".AAAA");
    add(
        cases,
        Rejection.ENCRYPTED,
        "JWE (five parts)",
        base64url("{\"alg\":\"dir\",\"enc\":\"A256GCM\"}")
            + "..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA");
    add(
        cases,
        Rejection.OVERSIZED,
        "over 8 KiB",
        jwt(now).claim("padding", "x".repeat(TokenHeader.MAX_TOKEN_CHARS)).signedWith(ec));
    add(cases, Rejection.MALFORMED, "padded base64", good + "==");
    add(
        cases,
        Rejection.MALFORMED,
        "standard base64 alphabet",
        parts[0] + "." + parts[1].replace('-', '+').replace('_', '/') + "+/." + parts[2]);
    add(cases, Rejection.MALFORMED, "trailing newline", good + "\n");
    add(
        cases,
        Rejection.MALFORMED,
        "impossible base64 length",
        "eyJhb." + parts[1] + "." + parts[2]);
    add(cases, Rejection.MALFORMED, "header not JSON", jwt(now).rawHeader("{alg").signedWith(ec));
    add(
        cases,
        Rejection.MALFORMED,
        "header a JSON array",
        jwt(now).rawHeader("[{\"alg\":\"ES256\",\"kid\":\"" + ec.kid() + "\"}]").signedWith(ec));
    add(
        cases,
        Rejection.MALFORMED,
        "duplicate alg in header",
        jwt(now)
            .rawHeader("{\"alg\":\"HS256\",\"alg\":\"none\",\"typ\":\"JWT\"}")
            .signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.MALFORMED,
        "payload not JSON",
        jwt(now).rawPayload("sub=admin").signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.MALFORMED,
        "kid not a string",
        jwt(now).header("kid", 7).signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.MALFORMED,
        "kid empty",
        jwt(now).header("alg", "ES256").header("kid", "").signedWith(ec));
  }

  private void algorithms(Instant now, List<Case> cases) {
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg none, empty signature",
        jwt(now).header("alg", "none").signedWith(Signer.none()));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg None",
        jwt(now).header("alg", "None").signedWith(Signer.none()));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg NONE with an HMAC signature",
        jwt(now).header("alg", "NONE").signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "no alg",
        jwt(now).signedWith(Signer.hs256(HS256_SECRET)));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg not a string",
        jwt(now).header("alg", List.of("HS256")).signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg hs256 in lower case",
        jwt(now).header("alg", "hs256").signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg HS512",
        jwt(now).header("alg", "HS512").signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg PS256 with the RSA key",
        jwt(now).header("alg", "PS256").signedWith(rsa));
    add(
        cases,
        Rejection.ALGORITHM_NOT_ALLOWED,
        "alg ES384 with the EC key",
        jwt(now).header("alg", "ES384").signedWith(ec));
  }

  private void keyConfusion(Instant now, List<Case> cases) {
    add(
        cases,
        Rejection.KEY_MISMATCH,
        "HS256 keyed with the EC public key, kid of the EC key",
        jwt(now)
            .header("alg", "HS256")
            .header("kid", ec.kid())
            .signedWith(Signer.hs256(ec.publicKeyBytes())));
    add(
        cases,
        Rejection.KEY_MISMATCH,
        "HS256 with the real secret, kid of the RSA key",
        jwt(now).header("kid", rsa.kid()).signedWithSecret(HS256_SECRET));
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "HS256 keyed with the RSA public key, no kid",
        jwt(now).header("alg", "HS256").signedWith(Signer.hs256(rsa.publicKeyBytes())));
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "HS256 keyed with the JWKS document",
        jwt(now).signedWithSecret(jwks()));
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "HS256 keyed with the JWKS's own oct key",
        jwt(now).header("kid", "oct-1").signedWithSecret(PUBLISHED_OCT_SECRET));
    add(
        cases,
        Rejection.KEY_MISMATCH,
        "RS256 with the kid of the EC key",
        jwt(now).header("kid", ec.kid()).signedWith(rsa));
    add(
        cases,
        Rejection.KEY_MISMATCH,
        "ES256 with the kid of the RSA key",
        jwt(now).header("kid", rsa.kid()).signedWith(ec));
    add(
        cases,
        Rejection.UNKNOWN_KEY,
        "ES256 with a kid whose JWK says RS256",
        jwt(now).header("kid", "ec-says-rs256").signedWith(ec));
    add(
        cases,
        Rejection.UNKNOWN_KEY,
        "RS256 with a kid whose JWK says RS512",
        jwt(now).header("kid", "rsa-says-rs512").signedWith(rsa));
    add(cases, Rejection.UNKNOWN_KEY, "ES256 with an unknown kid", jwt(now).signedWith(stranger));
    add(
        cases,
        Rejection.UNKNOWN_KEY,
        "ES256 without kid",
        jwt(now).header("alg", "ES256").signedWith(ec.signer()));
    add(
        cases,
        Rejection.UNKNOWN_KEY,
        "ES256 with the kid of the JWKS's oct key",
        jwt(now).header("kid", "oct-1").signedWith(ec));
    add(
        cases,
        Rejection.UNKNOWN_KEY,
        "ES256 with the kid of an encryption key",
        jwt(now).header("kid", "ec-enc").signedWith(ec));
    add(cases, Rejection.UNKNOWN_KEY, "RS256 with a 1024-bit key", jwt(now).signedWith(weakRsa));
    add(
        cases,
        Rejection.UNKNOWN_KEY,
        "ES256 with a kid two JWKs share",
        jwt(now).header("kid", "dup").signedWith(ec));
  }

  private void headers(Instant now, List<Case> cases) {
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "jku pointing at the attacker's JWKS",
        jwt(now).header("jku", "https://attacker.example/jwks.json").signedWith(stranger));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "embedded jwk of the attacker's key",
        jwt(now).header("jwk", stranger.jwk()).signedWith(stranger));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "x5u pointing at the attacker's certificate",
        jwt(now).header("x5u", "https://attacker.example/cert.pem").signedWith(stranger));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "embedded x5c chain",
        jwt(now).header("x5c", List.of("MIIBszCCAVmgAwIBAgIU")).signedWith(ec));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "crit header",
        jwt(now).header("crit", List.of("exp")).header("exp", 1).signedWith(ec));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "unencoded payload (b64 false)",
        jwt(now).header("b64", false).signedWith(ec));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "nested JWT (cty JWT)",
        jwt(now).header("cty", "JWT").signedWith(ec));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "zip header",
        jwt(now).header("zip", "DEF").signedWith(ec));
    add(
        cases,
        Rejection.FORBIDDEN_HEADER,
        "typ of another token kind",
        jwt(now).header("typ", "at+jwt").signedWith(ec));
  }

  private void signatures(Instant now, List<Case> cases) {
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "ES256 by another key under a known kid",
        jwt(now).header("kid", ec.kid()).signedWith(stranger));
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "ES256 psychic signature (r = s = 0)",
        jwt(now).header("alg", "ES256").header("kid", ec.kid()).signedWith(in -> new byte[64]));
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "ES256 signature in DER instead of R || S",
        jwt(now)
            .header("alg", "ES256")
            .header("kid", ec.kid())
            .signedWith(
                in -> {
                  Signature der = Signature.getInstance("SHA256withECDSA");
                  der.initSign(ec.keyPair().getPrivate());
                  der.update(in);
                  return der.sign();
                }));
    String rs256 = jwt(now).signedWith(rsa);
    String[] parts = rs256.split("\\.");
    String forgedPayload = base64url("{\"sub\":\"admin\"}");
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "RS256 payload swapped after signing",
        parts[0] + "." + forgedPayload + "." + parts[2]);
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "RS256 signature stripped",
        parts[0] + "." + parts[1] + ".");
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "HS256 wrong secret",
        jwt(now).signedWithSecret(HS256_SECRET + "x"));
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "HS256 empty signature",
        jwt(now).header("alg", "HS256").signedWith(Signer.none()));
    add(
        cases,
        Rejection.BAD_SIGNATURE,
        "HS256 truncated signature",
        truncate(jwt(now).signedWithSecret(HS256_SECRET)));
  }

  private void claims(Instant now, List<Case> cases) {
    Duration hour = Duration.ofHours(1);
    long past = now.minus(hour).getEpochSecond();
    long future = now.plus(hour).getEpochSecond();
    add(
        cases,
        Rejection.EXPIRED,
        "expired an hour ago",
        jwt(now).claim("exp", past).signedWith(ec));
    add(
        cases,
        Rejection.NOT_YET_VALID,
        "nbf an hour ahead",
        jwt(now).claim("nbf", future).signedWithSecret(HS256_SECRET));
    add(cases, Rejection.INVALID_CLAIMS, "no exp", jwt(now).withoutClaim("exp").signedWith(rsa));
    add(
        cases,
        Rejection.INVALID_CLAIMS,
        "exp a string",
        jwt(now).claim("exp", String.valueOf(future)).signedWith(ec));
    add(
        cases,
        Rejection.WRONG_ISSUER,
        "another project's issuer",
        jwt(now).claim("iss", "https://other.supabase.co/auth/v1").signedWith(ec));
    add(cases, Rejection.WRONG_ISSUER, "no iss", jwt(now).withoutClaim("iss").signedWith(ec));
    add(
        cases,
        Rejection.WRONG_AUDIENCE,
        "anon audience",
        jwt(now).claim("aud", "anon").signedWithSecret(HS256_SECRET));
    add(cases, Rejection.WRONG_AUDIENCE, "no aud", jwt(now).withoutClaim("aud").signedWith(ec));
    add(
        cases,
        Rejection.WRONG_AUDIENCE,
        "aud list without authenticated",
        jwt(now).claim("aud", List.of("anon", "service_role")).signedWith(ec));
    add(cases, Rejection.INVALID_CLAIMS, "no sub", jwt(now).withoutClaim("sub").signedWith(ec));
    add(cases, Rejection.INVALID_CLAIMS, "sub empty", jwt(now).claim("sub", "").signedWith(ec));
    add(cases, Rejection.INVALID_CLAIMS, "sub blank", jwt(now).claim("sub", "  ").signedWith(ec));
    add(cases, Rejection.INVALID_CLAIMS, "sub a number", jwt(now).claim("sub", 42).signedWith(ec));
  }

  private static String truncate(String token) {
    return token.substring(0, token.length() - 4);
  }

  private static void add(List<Case> cases, Rejection rejection, String name, String token) {
    cases.add(new Case(name, token, rejection));
  }
}
