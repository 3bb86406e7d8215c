package dev.vizzor.common.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@code service-call} permission policy of {@code /internal/**}: only another service of the
 * suite, with a token it signed itself, may call these paths. The gateway never routes them, and a
 * token the gateway issued (for any client) is refused with 403.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class ServiceCallPolicy implements HttpSecurityPolicy {
  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
    return identity.map(
        caller -> {
          InternalTokenPolicy.requireToken(caller);
          InternalIdentity internal = caller.getAttribute(InternalIdentityAugmentor.ATTRIBUTE);
          if (internal == null || !internal.isServiceCall()) {
            throw new ForbiddenException("a service-only path called with a gateway token");
          }
          return CheckResult.PERMIT;
        });
  }

  @Override
  public String name() {
    return "service-call";
  }
}
