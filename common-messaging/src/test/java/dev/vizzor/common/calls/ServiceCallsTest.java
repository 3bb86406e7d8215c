package dev.vizzor.common.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.identity.Tier;
import dev.vizzor.common.messaging.KitTestProfile;
import io.quarkus.rest.client.reactive.NotBody;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST-client piece of calls between services, end to end in a real application: a client
 * method takes a {@link ServiceCall}, the kit adds the token this service signs and the request id,
 * and the called side (this same application's service-only path) sees who the call is for and that
 * it came from this service.
 */
@QuarkusTest
@TestProfile(KitTestProfile.class)
class ServiceCallsTest {
  @ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
  @ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
  interface Identities {
    @GET
    @Path("/internal/identity")
    IdentityEchoResource.Echo echo(@NotBody ServiceCall call);
  }

  interface WithoutKit {
    @GET
    @Path("/internal/identity")
    IdentityEchoResource.Echo echo();
  }

  @TestHTTPResource("/")
  URI self;

  @Inject ServiceCalls calls;

  Identities identities;

  @BeforeEach
  void client() {
    identities = QuarkusRestClientBuilder.newBuilder().baseUri(self).build(Identities.class);
  }

  @Test
  void onBehalfOfAUserTheCalledServiceSeesThatUserAndTheCallingService() {
    InternalIdentity user =
        InternalIdentity.viaGateway(
            UUID.randomUUID(), Tier.STARTER, CredentialKind.JWT, Optional.empty(), 2048);

    IdentityEchoResource.Echo echo = identities.echo(calls.onBehalfOf(user, "req-42"));

    assertEquals(
        InternalIdentity.fromService("events-kit-test", user.accountId(), Tier.STARTER, 2048),
        echo.identity());
    assertEquals("req-42", echo.requestId());
  }

  @Test
  void onItsOwnAccountTheServiceActsUnderTheSameIdOnEveryReplica() {
    IdentityEchoResource.Echo echo = identities.echo(calls.ownAccount("req-own"));

    assertEquals(
        UUID.nameUUIDFromBytes("vizzor-service:events-kit-test".getBytes()),
        echo.identity().accountId());
    assertEquals(Optional.of("events-kit-test"), echo.identity().callingService());
  }

  @Test
  void aClientWithoutTheKitsHeadersIsRefused() {
    WithoutKit plain = QuarkusRestClientBuilder.newBuilder().baseUri(self).build(WithoutKit.class);

    WebApplicationException refused = assertThrows(WebApplicationException.class, plain::echo);
    assertEquals(401, refused.getResponse().getStatus());
  }
}
