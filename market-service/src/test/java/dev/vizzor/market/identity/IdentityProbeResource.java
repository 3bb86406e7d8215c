package dev.vizzor.market.identity;

import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.common.identity.InternalIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only business endpoint: answers with the identity the internal token carried. */
@Path("/v1/market/identity-probe")
public class IdentityProbeResource {
  private final CurrentIdentity identity;

  IdentityProbeResource(CurrentIdentity identity) {
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public InternalIdentity get() {
    return identity.get();
  }
}
