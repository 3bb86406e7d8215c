package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.VelocityViews.timestamp;

import dev.vizzor.market.domain.TrackedItem;
import dev.vizzor.market.service.ItemVelocity;
import dev.vizzor.market.service.ItemVelocity.ScoredPoint;
import dev.vizzor.market.service.VelocityQueries;
import dev.vizzor.market.service.VelocityQueries.ScoredItem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * The Velocity API (seed 001): {@code GET /api/v1/trends} and {@code GET /api/v1/pulse}, reached
 * through the gateway, which has already checked the {@code vel_} key, tier and quota. Errors are
 * in the Velocity envelope; the mappers below serve this resource only.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class VelocityResource {

  /** Newest points of the scored series listed per trend. */
  static final int TREND_POINTS = 12;

  /** Newest sources listed per trend. */
  static final int TREND_SOURCES = 5;

  private final VelocityQueries queries;
  private final Clock clock;

  VelocityResource(VelocityQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  @GET
  @Path("/trends")
  public Uni<VelocityViews.Trends> trends(
      @QueryParam("category") String categoryParam,
      @QueryParam("limit") String limitParam,
      @QueryParam("minScore") String minScoreParam) {
    String category = VelocityQueryParams.category(categoryParam);
    int limit = VelocityQueryParams.limit(limitParam, 20);
    BigDecimal minScore = VelocityQueryParams.minScore(minScoreParam);
    return queries
        .trends(VelocityQueryParams.filter(category), minScore, limit)
        .map(
            page ->
                new VelocityViews.Trends(
                    page.items().stream().map(VelocityResource::trend).toList(),
                    new VelocityViews.TrendsMeta(
                        page.total(), limit, category, minScore, timestamp(clock.instant()))));
  }

  @GET
  @Path("/pulse")
  public Uni<VelocityViews.Pulse> pulse(
      @QueryParam("category") String categoryParam,
      @QueryParam("status") String statusParam,
      @QueryParam("limit") String limitParam) {
    String category = VelocityQueryParams.category(categoryParam);
    String status = VelocityQueryParams.status(statusParam);
    int limit = VelocityQueryParams.limit(limitParam, 50);
    return queries
        .pulse(VelocityQueryParams.filter(category), VelocityQueryParams.filter(status), limit)
        .map(
            page ->
                new VelocityViews.Pulse(
                    page.items().stream().map(VelocityResource::pulseItem).toList(),
                    new VelocityViews.PulseMeta(
                        page.total(), limit, category, status, timestamp(clock.instant()))));
  }

  private static VelocityViews.Trend trend(ScoredItem scored) {
    TrackedItem item = scored.item();
    ItemVelocity velocity = scored.velocity();
    List<ScoredPoint> recent =
        velocity
            .scored()
            .subList(
                Math.max(0, velocity.scored().size() - TREND_POINTS), velocity.scored().size());
    return new VelocityViews.Trend(
        item.id(),
        item.title(),
        item.description(),
        item.category(),
        item.subcategory(),
        velocity.reading().score(),
        velocity.reading().state().wire(),
        scored.pointCount(),
        recent.stream().map(VelocityViews.TrendPoint::of).toList(),
        recent.reversed().stream()
            .limit(TREND_SOURCES)
            .map(point -> VelocityViews.Source.of(point.point().source()))
            .toList(),
        timestamp(item.firstSeen()),
        timestamp(item.lastUpdated()));
  }

  private static VelocityViews.PulseItem pulseItem(ScoredItem scored) {
    TrackedItem item = scored.item();
    ItemVelocity velocity = scored.velocity();
    return new VelocityViews.PulseItem(
        item.id(),
        item.title(),
        item.category(),
        item.subcategory(),
        item.status(),
        velocity.reading().score(),
        velocity.reading().state().wire(),
        velocity.latest().map(VelocityViews.Latest::of).orElse(null),
        timestamp(item.lastUpdated()));
  }
}
