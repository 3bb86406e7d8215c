package dev.vizzor.common.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link InternalIdentity} of the request being served. A bean rather than an injectable
 * identity because resources are singletons: this reads the current request on every call.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class CurrentIdentity {
  private final SecurityIdentity security;

  CurrentIdentity(SecurityIdentity security) {
    this.security = security;
  }

  /**
   * @throws IllegalStateException on a public path ({@code /q/*}, the signed webhook), which is
   *     served without an internal token
   */
  public InternalIdentity get() {
    InternalIdentity identity = security.getAttribute(InternalIdentityAugmentor.ATTRIBUTE);
    if (identity == null) {
      throw new IllegalStateException("this request carries no internal token");
    }
    return identity;
  }
}
