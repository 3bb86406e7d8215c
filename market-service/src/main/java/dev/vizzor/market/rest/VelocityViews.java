package dev.vizzor.market.rest;

import dev.vizzor.market.domain.DataPoint;
import dev.vizzor.market.domain.PointSource;
import dev.vizzor.market.service.ItemVelocity.ScoredPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON shapes of the Velocity endpoints (seed 001), timestamps as the seed writes them. */
final class VelocityViews {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private VelocityViews() {}

  /** {@code 2026-06-10T18:00:00.000Z}: UTC, always with milliseconds. */
  static String timestamp(Instant instant) {
    return instant == null ? null : TIMESTAMP.format(instant);
  }

  record Trends(List<Trend> data, TrendsMeta meta) {}

  record Trend(
      String id,
      String title,
      String description,
      String category,
      String subcategory,
      int velocityScore,
      String velocityState,
      long sourceCount,
      List<TrendPoint> dataPoints,
      List<Source> sources,
      String firstSeen,
      String lastUpdated) {}

  record TrendPoint(String timestamp, int score, String granularity) {
    static TrendPoint of(ScoredPoint scored) {
      DataPoint point = scored.point();
      return new TrendPoint(
          VelocityViews.timestamp(point.timestamp()),
          scored.reading().score(),
          point.granularity().wire());
    }
  }

  record Source(String id, String title, String url, String publishedAt) {
    static Source of(PointSource source) {
      return new Source(source.id(), source.title(), source.url(), timestamp(source.publishedAt()));
    }
  }

  record TrendsMeta(int total, int limit, String category, BigDecimal minScore, String timestamp) {}

  record Pulse(List<PulseItem> data, PulseMeta meta) {}

  record PulseItem(
      String id,
      String title,
      String category,
      String subcategory,
      String status,
      int velocityScore,
      String velocityState,
      Latest latest,
      String lastUpdated) {}

  record Latest(String timestamp, double value, int score, String granularity, Source source) {
    static Latest of(ScoredPoint scored) {
      DataPoint point = scored.point();
      return new Latest(
          VelocityViews.timestamp(point.timestamp()),
          point.value(),
          scored.reading().score(),
          point.granularity().wire(),
          Source.of(point.source()));
    }
  }

  record PulseMeta(int total, int limit, String category, String status, String timestamp) {}
}
