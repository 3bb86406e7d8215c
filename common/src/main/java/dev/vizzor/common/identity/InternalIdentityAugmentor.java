package dev.vizzor.common.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified internal token into an {@link InternalIdentity} once, at authentication, so a
 * token with malformed identity claims is refused with the same 401 as a forged one.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class InternalIdentityAugmentor implements SecurityIdentityAugmentor {
  static final String ATTRIBUTE = InternalIdentity.class.getName();

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Uni.createFrom().item(identity);
    }
    try {
      InternalIdentity internal = InternalTokenClaims.identityOf(token);
      return Uni.createFrom()
          .item(
              QuarkusSecurityIdentity.builder(identity).addAttribute(ATTRIBUTE, internal).build());
    } catch (IllegalArgumentException e) {
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("internal token: " + e.getMessage()));
    }
  }
}
