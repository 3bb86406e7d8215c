package dev.vizzor.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The accuracy report's figures recounted from stored rows by this test's own arithmetic, and
 * compared with what the endpoint reported for the same cut.
 */
final class Recount {
  private static final double Z = 1.96;
  private static final List<String> CLASSES = List.of("up", "down", "sideways");

  private Recount() {}

  static void assertCut(String name, List<Map<String, Object>> rows, JsonNode cut) {
    List<Map<String, Object>> done = only(rows, r -> "resolved".equals(r.get("status")));
    int hit = count(done, r -> "HIT".equals(r.get("outcome")));
    int miss = count(done, r -> "MISS".equals(r.get("outcome")));
    int neutral = count(done, r -> "NEUTRAL".equals(r.get("outcome")));
    assertEquals(done.size(), cut.get("n").asInt(), name + " n");
    assertEquals(hit, cut.get("hit").asInt(), name + " hit");
    assertEquals(miss, cut.get("miss").asInt(), name + " miss");
    assertEquals(neutral, cut.get("neutral").asInt(), name + " neutral");
    assertEquals(
        count(rows, r -> "expired".equals(r.get("status"))),
        cut.get("expired").asInt(),
        name + " expired");
    assertEquals(
        count(rows, r -> "pending".equals(r.get("status"))),
        cut.get("pending").asInt(),
        name + " pending");
    assertRate(name + " win rate", hit, hit + miss, cut.get("winRate"), cut.get("winRateInterval"));
    if (done.isEmpty()) {
      assertTrue(cut.get("brier").isNull(), name + " brier without rows");
      return;
    }
    assertEquals(
        (double) neutral / done.size(),
        cut.get("neutralRate").asDouble(),
        1e-12,
        name + " neutral rate");
    double brier = 0;
    double climatology = 0;
    for (Map<String, Object> r : done) {
      for (String c : CLASSES) {
        double observed = c.equals(r.get("realized")) ? 1 : 0;
        brier += Math.pow((Double) r.get("prob_" + c) - observed, 2);
        climatology += Math.pow((Double) r.get("clim_" + c) - observed, 2);
      }
    }
    brier /= done.size();
    climatology /= done.size();
    assertEquals(brier, cut.get("brier").asDouble(), 1e-9, name + " brier");
    assertEquals(
        climatology, cut.get("climatologyBrier").asDouble(), 1e-9, name + " climatology brier");
    assertEquals(
        1 - brier / climatology, cut.get("brierSkill").asDouble(), 1e-9, name + " brier skill");

    for (int bin = 0; bin < 10; bin++) {
      int b = bin;
      List<Map<String, Object>> members =
          only(done, r -> Math.min(9, (int) Math.floor(called(r) * 10)) == b);
      JsonNode reported = cut.get("reliability").get(bin);
      assertEquals(members.size(), reported.get("count").asInt(), name + " bin " + bin);
      if (!members.isEmpty()) {
        double mean = members.stream().mapToDouble(Recount::called).average().orElseThrow();
        assertEquals(
            mean, reported.get("meanPredicted").asDouble(), 1e-9, name + " bin " + bin + " mean");
        assertEquals(
            (double) count(members, r -> r.get("direction").equals(r.get("realized")))
                / members.size(),
            reported.get("observed").asDouble(),
            1e-12,
            name + " bin " + bin + " observed");
      }
    }
    int persistenceHit =
        count(done, r -> "HIT".equals(r.get("outcome_if_" + r.get("persistence"))));
    int persistenceMiss =
        count(done, r -> "MISS".equals(r.get("outcome_if_" + r.get("persistence"))));
    JsonNode persistence = cut.get("baselines").get("persistence");
    assertEquals(persistenceHit, persistence.get("hit").asInt(), name + " persistence hit");
    assertRate(
        name + " persistence",
        persistenceHit,
        persistenceHit + persistenceMiss,
        persistence.get("winRate"),
        persistence.get("winRateInterval"));
    int upHit = count(done, r -> "HIT".equals(r.get("outcome_if_up")));
    int upMiss = count(done, r -> "MISS".equals(r.get("outcome_if_up")));
    JsonNode alwaysUp = cut.get("baselines").get("alwaysUp");
    assertRate(
        name + " always-up",
        upHit,
        upHit + upMiss,
        alwaysUp.get("winRate"),
        alwaysUp.get("winRateInterval"));
  }

  private static double called(Map<String, Object> r) {
    return (Double) r.get("prob_" + r.get("direction"));
  }

  static void assertRate(String name, int part, int whole, JsonNode rate, JsonNode interval) {
    if (whole == 0) {
      assertTrue(rate.isNull(), name + " is null without decided calls");
      return;
    }
    double p = (double) part / whole;
    assertEquals(p, rate.asDouble(), 1e-12, name);
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * whole)) / (1 + z2 / whole);
    double half =
        Z * Math.sqrt(p * (1 - p) / whole + z2 / (4.0 * whole * whole)) / (1 + z2 / whole);
    assertEquals(Math.max(0, centre - half), interval.get("low").asDouble(), 1e-9, name + " low");
    assertEquals(Math.min(1, centre + half), interval.get("high").asDouble(), 1e-9, name + " high");
  }

  static List<Map<String, Object>> only(
      List<Map<String, Object>> rows, Predicate<Map<String, Object>> test) {
    return rows.stream().filter(test).toList();
  }

  private static int count(List<Map<String, Object>> rows, Predicate<Map<String, Object>> test) {
    return (int) rows.stream().filter(test).count();
  }
}
