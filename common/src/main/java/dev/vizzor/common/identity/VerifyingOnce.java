package dev.vizzor.common.identity;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each internal token once, with the key of whoever signed it. The gateway reuses a token
 * per identity for half its 120 s life, and checking its ES256 signature was about four fifths of a
 * service's CPU per request (docs/BENCHMARKS.md), so SmallRye JWT's parser is decorated: a token it
 * verified before and that has not expired comes back from {@link VerifiedTokens}; any other goes
 * through full verification, a service's with that service's key ({@link
 * ServiceTokenVerification}), any other with the gateway's.
 */
@Decorator
@Priority(1)
public abstract class VerifyingOnce implements JWTParser {
  private final JWTParser parser;
  private final VerifiedTokens verified;
  private final ServiceTokenVerification services;

  @Inject
  VerifyingOnce(
      @Delegate JWTParser parser, VerifiedTokens verified, ServiceTokenVerification services) {
    this.parser = parser;
    this.verified = verified;
    this.services = services;
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    JsonWebToken known = verified.lookup(token);
    if (known != null) {
      return known;
    }
    Optional<JWTAuthContextInfo> service = services.contextOf(token);
    JsonWebToken fresh =
        service.isPresent() ? parser.parse(token, service.get()) : parser.parse(token);
    verified.remember(token, fresh);
    return fresh;
  }
}
