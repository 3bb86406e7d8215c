package dev.vizzor.gateway.auth.jwt;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Checks a token's signature with one chosen key, allowing only that key's algorithm, then its
 * claims: {@code exp} required, {@code nbf} honoured (both with clock skew), {@code aud} must
 * contain the audience, {@code iss} must match when configured, {@code sub} present and non-blank.
 */
final class SignatureAndClaims {
  private final Optional<String> issuer;
  private final String audience;
  private final int clockSkewSeconds;
  private final Clock clock;

  SignatureAndClaims(JwtConfig config, Clock clock) {
    this.issuer = config.issuer();
    this.audience = config.audience();
    this.clockSkewSeconds = Math.toIntExact(config.clockSkew().toSeconds());
    this.clock = clock;
  }

  VerifiedJwt check(String compactJwt, VerificationKey key) {
    JwtConsumerBuilder rules =
        new JwtConsumerBuilder()
            .setVerificationKey(key.key())
            .setJwsAlgorithmConstraints(
                new AlgorithmConstraints(ConstraintType.PERMIT, key.algorithm().joseName()))
            .setRequireExpirationTime()
            .setRequireSubject()
            .setExpectedAudience(audience)
            .setAllowedClockSkewInSeconds(clockSkewSeconds)
            .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()));
    issuer.ifPresent(rules::setExpectedIssuer);
    try {
      JwtClaims claims = rules.build().processToClaims(compactJwt);
      String subject = claims.getSubject();
      if (subject.isBlank()) {
        throw new JwtRejectedException(Rejection.INVALID_CLAIMS, "sub is blank");
      }
      return new VerifiedJwt(subject, Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
    } catch (InvalidJwtException e) {
      throw rejection(e);
    } catch (MalformedClaimException e) {
      throw new JwtRejectedException(Rejection.INVALID_CLAIMS, "claim of the wrong type");
    }
  }

  /**
   * Our own fixed wording: jose4j's messages quote the token and attacker-chosen claim values,
   * which do not belong in logs.
   */
  private static JwtRejectedException rejection(InvalidJwtException e) {
    int code =
        e.getErrorDetails().stream()
            .mapToInt(ErrorCodeValidator.Error::getErrorCode)
            .findFirst()
            .orElse(ErrorCodes.MISCELLANEOUS);
    return switch (code) {
      case ErrorCodes.SIGNATURE_INVALID, ErrorCodes.SIGNATURE_MISSING ->
          new JwtRejectedException(Rejection.BAD_SIGNATURE, "signature does not verify");
      case ErrorCodes.EXPIRED -> new JwtRejectedException(Rejection.EXPIRED, "exp has passed");
      case ErrorCodes.NOT_YET_VALID ->
          new JwtRejectedException(Rejection.NOT_YET_VALID, "nbf is in the future");
      case ErrorCodes.ISSUER_INVALID, ErrorCodes.ISSUER_MISSING ->
          new JwtRejectedException(Rejection.WRONG_ISSUER, "iss is not the configured issuer");
      case ErrorCodes.AUDIENCE_INVALID, ErrorCodes.AUDIENCE_MISSING ->
          new JwtRejectedException(Rejection.WRONG_AUDIENCE, "aud lacks the expected audience");
      case ErrorCodes.EXPIRATION_MISSING ->
          new JwtRejectedException(Rejection.INVALID_CLAIMS, "exp is missing");
      case ErrorCodes.SUBJECT_MISSING ->
          new JwtRejectedException(Rejection.INVALID_CLAIMS, "sub is missing");
      case ErrorCodes.MALFORMED_CLAIM ->
          new JwtRejectedException(Rejection.INVALID_CLAIMS, "claim of the wrong type");
      case ErrorCodes.JSON_INVALID ->
          new JwtRejectedException(Rejection.MALFORMED, "payload is not a JSON object");
      default ->
          new JwtRejectedException(Rejection.MALFORMED, "unprocessable (jose4j code " + code + ")");
    };
  }
}
