package dev.vizzor.market.service;

import dev.vizzor.market.domain.DataPoint;
import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.VelocityReading;
import dev.vizzor.market.velocity.SeriesPoint;
import dev.vizzor.market.velocity.VelocityParameters;
import dev.vizzor.market.velocity.VelocityScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An item's velocity from its stored points (VELOCITY.md). An item has a series per granularity
 * (crypto: 5-minute quotes and hourly candle closes); it is scored on the finest series long enough
 * for a full reading, else on its finest series. So a new crypto item is scored on its backfilled
 * hourly closes until about three hours of 5-minute points exist.
 *
 * @param reading the item's {@code velocityScore} and {@code velocityState}: the last reading of
 *     the scored series, each point's state fed into the next
 * @param scored the scored series, oldest first, each point with its reading
 * @param latest the item's newest point of any granularity (a finer one on a tie), with the reading
 *     of its own series; empty when the item has no points
 */
public record ItemVelocity(
    VelocityReading reading, List<ScoredPoint> scored, Optional<ScoredPoint> latest) {

  /** Newest points per series that are scored: a day of 5-minute steps. */
  public static final int SCORED_POINTS = 288;

  private static final VelocityParameters PARAMETERS = VelocityParameters.DEFAULTS;
  private static final VelocityScorer SCORER = new VelocityScorer(PARAMETERS);

  /** A stored point with the reading of its series as of that point. */
  public record ScoredPoint(DataPoint point, VelocityReading reading) {}

  /**
   * @param points the item's newest {@link #SCORED_POINTS} per granularity, oldest first
   */
  public static ItemVelocity of(List<DataPoint> points) {
    Map<Granularity, List<ScoredPoint>> series = new EnumMap<>(Granularity.class);
    for (Granularity granularity : Granularity.values()) {
      List<DataPoint> ofGranularity =
          points.stream().filter(point -> point.granularity() == granularity).toList();
      if (!ofGranularity.isEmpty()) {
        series.put(granularity, scoreEachPoint(ofGranularity, granularity));
      }
    }
    if (series.isEmpty()) {
      return new ItemVelocity(
          SCORER.score(List.of(), Granularity.FIVE_MIN, null), List.of(), Optional.empty());
    }
    List<ScoredPoint> chosen =
        series.values().stream()
            .filter(scored -> scored.getLast().reading().pointsUsed() >= PARAMETERS.minPoints())
            .findFirst()
            .orElseGet(() -> series.values().iterator().next());
    Optional<ScoredPoint> latest =
        series.values().stream()
            .map(List::getLast)
            .max(
                Comparator.comparing((ScoredPoint scored) -> scored.point().timestamp())
                    .thenComparing(
                        scored -> scored.point().granularity(), Comparator.reverseOrder()));
    return new ItemVelocity(chosen.getLast().reading(), chosen, latest);
  }

  private static List<ScoredPoint> scoreEachPoint(List<DataPoint> points, Granularity granularity) {
    List<SeriesPoint> values =
        points.stream().map(point -> new SeriesPoint(point.timestamp(), point.value())).toList();
    List<VelocityReading> readings = SCORER.scoreEachPoint(values, granularity);
    List<ScoredPoint> scored = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      scored.add(new ScoredPoint(points.get(i), readings.get(i)));
    }
    return List.copyOf(scored);
  }
}
