package dev.vizzor.common.calls;

import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.common.identity.InternalIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A service-only endpoint of the kit's test application: who called, and under which request. */
@Path("/internal/identity")
public class IdentityEchoResource {
  private final CurrentIdentity identity;

  IdentityEchoResource(CurrentIdentity identity) {
    this.identity = identity;
  }

  public record Echo(InternalIdentity identity, String requestId) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Echo echo(@HeaderParam("X-Request-Id") String requestId) {
    return new Echo(identity.get(), requestId);
  }
}
