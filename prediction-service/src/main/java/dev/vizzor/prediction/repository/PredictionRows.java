package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.prediction.domain.PredictionView;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps {@code predictions} rows to {@link PredictionView}s and back. */
final class PredictionRows {
  static final String COLUMNS =
      "id, run_id, symbol, horizon, origin, emitted_at, resolves_at, direction, prob_up, prob_down,"
          + " prob_sideways, tier, margin, agreement, entry_price, upper_price, lower_price,"
          + " band_high, band_low, clim_up, clim_down, clim_sideways, persistence, model_version,"
          + " trained_from, trained_through, training_samples, features, record_hits,"
          + " record_misses, status, outcome, realized, outcome_if_up, outcome_if_down,"
          + " close_price, settled_at, expired_reason";

  private static final TypeReference<LinkedHashMap<String, Double>> FEATURES =
      new TypeReference<>() {};

  private PredictionRows() {}

  static PredictionView view(Row row, ObjectMapper json) {
    String direction = row.getString("direction");
    double entry = row.getDouble("entry_price");
    double upper = row.getDouble("upper_price");
    double lower = row.getDouble("lower_price");
    return new PredictionView(
        row.getUUID("id"),
        row.getString("symbol"),
        row.getString("horizon"),
        row.getString("origin"),
        row.getLong("run_id"),
        direction,
        new PredictionView.Probabilities(
            row.getDouble("prob_up"), row.getDouble("prob_down"), row.getDouble("prob_sideways")),
        row.getString("tier"),
        probabilityOf(row, direction),
        row.getDouble("margin"),
        row.getDouble("agreement"),
        entry,
        switch (direction) {
          case "up" -> upper;
          case "down" -> lower;
          default -> entry;
        },
        "up".equals(direction) ? lower : upper,
        new PredictionView.Touch(upper, lower),
        new PredictionView.Band(row.getDouble("band_low"), row.getDouble("band_high")),
        Timestamps.instant(row, "emitted_at"),
        Timestamps.instant(row, "resolves_at"),
        row.getString("model_version"),
        Timestamps.instant(row, "trained_from"),
        Timestamps.instant(row, "trained_through"),
        row.getInteger("training_samples"),
        features(row, json),
        new PredictionView.Probabilities(
            row.getDouble("clim_up"), row.getDouble("clim_down"), row.getDouble("clim_sideways")),
        row.getString("persistence"),
        new PredictionView.Record(row.getInteger("record_hits"), row.getInteger("record_misses")),
        row.getString("status"),
        row.getString("outcome"),
        row.getString("realized"),
        row.getDouble("close_price"),
        Timestamps.instant(row, "settled_at"),
        row.getString("expired_reason"));
  }

  private static double probabilityOf(Row row, String direction) {
    return row.getDouble("prob_" + direction);
  }

  private static Map<String, Double> features(Row row, ObjectMapper json) {
    Object value = row.getValue("features");
    String text = value instanceof JsonObject object ? object.encode() : String.valueOf(value);
    try {
      return json.readValue(text, FEATURES);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored features are not a JSON object: " + text, e);
    }
  }

  /** The insert's parameters, in {@code COLUMNS} order except the outcome columns. */
  static Tuple insertTuple(PredictionView v, String featuresJson) {
    return Tuple.from(
        new Object[] {
          v.id(),
          v.run(),
          v.symbol(),
          v.horizon(),
          v.origin(),
          Timestamps.utc(v.emittedAt()),
          Timestamps.utc(v.resolvesAt()),
          v.direction(),
          v.probabilities().up(),
          v.probabilities().down(),
          v.probabilities().sideways(),
          v.tier(),
          v.margin(),
          v.agreement(),
          v.entryPrice(),
          v.levels().upper(),
          v.levels().lower(),
          v.sidewaysBand().high(),
          v.sidewaysBand().low(),
          v.climatology().up(),
          v.climatology().down(),
          v.climatology().sideways(),
          v.persistence(),
          v.modelVersion(),
          Timestamps.utc(v.trainedFrom()),
          Timestamps.utc(v.trainedThrough()),
          v.trainingSamples(),
          featuresJson,
          v.record().hits(),
          v.record().misses()
        });
  }
}
