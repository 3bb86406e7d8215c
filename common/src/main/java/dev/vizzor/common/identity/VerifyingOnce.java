package dev.vizzor.common.identity;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each internal token once. The gateway reuses a token per identity for half its 120 s
 * life, and checking its ES256 signature was about four fifths of a service's CPU per request
 * (docs/BENCHMARKS.md), so SmallRye JWT's parser is decorated: a token it verified before and that
 * has not expired comes back from {@link VerifiedTokens}; any other goes through full verification.
 */
@Decorator
@Priority(1)
public abstract class VerifyingOnce implements JWTParser {
  private final JWTParser parser;
  private final VerifiedTokens verified;

  @Inject
  VerifyingOnce(@Delegate JWTParser parser, VerifiedTokens verified) {
    this.parser = parser;
    this.verified = verified;
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    JsonWebToken known = verified.lookup(token);
    if (known != null) {
      return known;
    }
    JsonWebToken fresh = parser.parse(token);
    verified.remember(token, fresh);
    return fresh;
  }
}
