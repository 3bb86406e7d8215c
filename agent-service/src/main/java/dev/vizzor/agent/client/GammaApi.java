package dev.vizzor.agent.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Polymarket's Gamma API ({@code https://gamma-api.polymarket.com}); public, no key. */
public interface GammaApi {
  /**
   * Events with their markets. {@code closed} must be sent: Gamma answers settled events when it is
   * left out.
   */
  @GET
  @Path("/events")
  Uni<List<GammaEvent>> events(
      @QueryParam("tag_slug") String tagSlug,
      @QueryParam("active") boolean active,
      @QueryParam("closed") boolean closed,
      @QueryParam("order") String order,
      @QueryParam("ascending") boolean ascending,
      @QueryParam("limit") int limit);

  /** The markets with these condition ids (an empty array for none). */
  @GET
  @Path("/markets")
  Uni<List<GammaMarket>> markets(@QueryParam("condition_ids") String conditionId);
}
