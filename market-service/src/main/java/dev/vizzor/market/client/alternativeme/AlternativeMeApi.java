package dev.vizzor.market.client.alternativeme;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** alternative.me's Crypto Fear &amp; Greed Index ({@code https://api.alternative.me}). */
public interface AlternativeMeApi {

  /** The newest {@code limit} daily values, newest first. */
  @GET
  @Path("/fng/")
  Uni<FngResponse> fng(@QueryParam("limit") int limit);
}
