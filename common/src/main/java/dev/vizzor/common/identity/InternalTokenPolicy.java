package dev.vizzor.common.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@code internal-token} permission policy: a verified internal token, nothing less. It differs
 * from the built-in {@code authenticated} only in how a call without any token is refused: that one
 * writes an empty challenge itself, this one fails the request so {@link InternalTokenRejections}
 * answers in the family envelope, as it does for a bad token.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class InternalTokenPolicy implements HttpSecurityPolicy {
  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
    return identity.map(
        caller -> {
          requireToken(caller);
          return CheckResult.PERMIT;
        });
  }

  /** Fails a call that brought no token at all, so the envelope's 401 answers it. */
  static void requireToken(SecurityIdentity caller) {
    if (caller.isAnonymous()) {
      throw new UnauthorizedException("no internal token");
    }
  }

  @Override
  public String name() {
    return "internal-token";
  }
}
