package dev.vizzor.gateway.auth.jwt;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The header of a compact JWS, read before any key is chosen, and the structural checks that come
 * with reading it. Everything here is decided from the token alone, without keys or network.
 */
record TokenHeader(SigningAlgorithm algorithm, Optional<String> kid) {
  /** Supabase access tokens are well under 2 KiB; anything past 8 KiB is not one. */
  static final int MAX_TOKEN_CHARS = 8 * 1024;

  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

  /** Headers by which a token would choose its own key; the key must come from our config. */
  private static final Set<String> KEY_SUPPLYING = Set.of("jku", "jwk", "x5u", "x5c");

  /**
   * Headers that change how the token is processed (critical extensions, unencoded payload,
   * compression, encryption, nesting). Supabase sends none of them, so none is worth the risk.
   */
  private static final Set<String> PROCESSING_CHANGING = Set.of("crit", "b64", "zip", "enc", "cty");

  static TokenHeader screen(String compactJwt) {
    if (compactJwt == null || compactJwt.isEmpty()) {
      throw new JwtRejectedException(Rejection.MALFORMED, "empty token");
    }
    if (compactJwt.length() > MAX_TOKEN_CHARS) {
      throw new JwtRejectedException(
          Rejection.OVERSIZED, compactJwt.length() + " chars, limit " + MAX_TOKEN_CHARS);
    }
    String[] parts = compactJwt.split("\\.", -1);
    if (parts.length == 5) {
      throw new JwtRejectedException(Rejection.ENCRYPTED, "JWE compact serialization");
    }
    if (parts.length != 3) {
      throw new JwtRejectedException(Rejection.MALFORMED, parts.length + " parts instead of 3");
    }
    for (String part : parts) {
      if (!BASE64URL.matcher(part).matches()) {
        throw new JwtRejectedException(Rejection.MALFORMED, "a part is not unpadded base64url");
      }
    }
    Map<String, Object> header = parseJsonObject(parts[0]);
    for (String name : header.keySet()) {
      if (KEY_SUPPLYING.contains(name)) {
        throw new JwtRejectedException(
            Rejection.FORBIDDEN_HEADER, "'" + name + "' would let the token choose its key");
      }
      if (PROCESSING_CHANGING.contains(name)) {
        throw new JwtRejectedException(Rejection.FORBIDDEN_HEADER, "'" + name + "' header");
      }
    }
    Object typ = header.get("typ");
    if (typ != null && !(typ instanceof String s && s.equalsIgnoreCase("JWT"))) {
      throw new JwtRejectedException(Rejection.FORBIDDEN_HEADER, "typ is not JWT");
    }
    return new TokenHeader(algorithm(header.get("alg")), kid(header.get("kid")));
  }

  private static Map<String, Object> parseJsonObject(String base64url) {
    byte[] json;
    try {
      json = Base64.getUrlDecoder().decode(base64url);
    } catch (IllegalArgumentException e) {
      throw new JwtRejectedException(Rejection.MALFORMED, "header is not valid base64url");
    }
    try {
      // jose4j's parser refuses duplicate names, so {"alg":"ES256","alg":"none"} cannot be read
      // one way here and another way later.
      return JsonUtil.parseJson(new String(json, StandardCharsets.UTF_8));
    } catch (JoseException e) {
      throw new JwtRejectedException(Rejection.MALFORMED, "header is not a JSON object");
    }
  }

  private static SigningAlgorithm algorithm(Object alg) {
    if (!(alg instanceof String name)) {
      throw new JwtRejectedException(
          Rejection.ALGORITHM_NOT_ALLOWED, "alg missing or not a string");
    }
    return SigningAlgorithm.fromJoseName(name)
        .orElseThrow(
            () ->
                new JwtRejectedException(
                    Rejection.ALGORITHM_NOT_ALLOWED, "alg is not HS256, ES256 or RS256"));
  }

  private static Optional<String> kid(Object kid) {
    if (kid == null) {
      return Optional.empty();
    }
    if (!(kid instanceof String value) || value.isBlank()) {
      throw new JwtRejectedException(Rejection.MALFORMED, "kid is not a non-blank string");
    }
    return Optional.of(value);
  }
}
