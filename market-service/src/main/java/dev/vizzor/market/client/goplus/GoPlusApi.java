package dev.vizzor.market.client.goplus;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** GoPlus Security's public API ({@code https://api.gopluslabs.io}). */
public interface GoPlusApi {

  /** Security facts of comma-separated token contracts on chain {@code chainId} (EIP-155 id). */
  @GET
  @Path("/api/v1/token_security/{chainId}")
  Uni<GoPlusResponse> tokenSecurity(
      @PathParam("chainId") long chainId, @QueryParam("contract_addresses") String addresses);
}
