package dev.vizzor.chronovisor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * ChronoVisor's record, computed from stored predictions only. The headline counts scheduled
 * predictions outside the advisory tier; on-demand ones ({@code POST /predict}) are reported apart,
 * since whoever asks chooses when. Every cut counts scheduled predictions of every tier.
 */
public record AccuracyReport(
    Cut headline,
    Cut overall,
    Map<String, Cut> byHorizon,
    Map<String, Cut> byTier,
    Map<String, Cut> bySymbol,
    Cut onDemand) {

  public static AccuracyReport of(Collection<Scored> predictions) {
    List<Scored> scheduled = predictions.stream().filter(p -> !p.onDemand()).toList();
    return new AccuracyReport(
        Cut.of(scheduled.stream().filter(p -> p.tier().inHeadline()).toList()),
        Cut.of(scheduled),
        group(scheduled, p -> p.horizon().label()),
        group(scheduled, p -> p.tier().label()),
        group(scheduled, Scored::symbol),
        Cut.of(predictions.stream().filter(Scored::onDemand).toList()));
  }

  private static Map<String, Cut> group(List<Scored> predictions, Function<Scored, String> key) {
    Map<String, List<Scored>> groups = new TreeMap<>();
    for (Scored p : predictions) {
      groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
    }
    Map<String, Cut> cuts = new TreeMap<>();
    groups.forEach((name, members) -> cuts.put(name, Cut.of(members)));
    return cuts;
  }

  /**
   * One slice of the record. {@code n} counts resolved predictions; win rates are HIT / (HIT +
   * MISS) with the Wilson 95 % interval; Brier scores are multi-class, against the realised class,
   * and the climatology score uses the base rates each prediction carried from its emission.
   * Figures with nothing to count are null.
   */
  public record Cut(
      int n,
      int hit,
      int miss,
      int neutral,
      int expired,
      int pending,
      Double winRate,
      WilsonInterval winRateInterval,
      Double neutralRate,
      Double brier,
      Double climatologyBrier,
      Double brierSkill,
      List<ReliabilityBin> reliability,
      Baselines baselines) {

    static Cut of(List<Scored> predictions) {
      List<Scored> resolved = only(predictions, p -> p.status() == Status.RESOLVED);
      int hit = countOf(resolved, p -> p.outcome() == Outcome.HIT);
      int miss = countOf(resolved, p -> p.outcome() == Outcome.MISS);
      int neutral = countOf(resolved, p -> p.outcome() == Outcome.NEUTRAL);
      int n = resolved.size();
      Double brier = n == 0 ? null : mean(resolved, p -> p.probabilities().brier(p.realized()));
      Double climatology = n == 0 ? null : mean(resolved, p -> p.climatology().brier(p.realized()));
      Double skill =
          brier == null || climatology == null || climatology == 0 ? null : 1 - brier / climatology;
      return new Cut(
          n,
          hit,
          miss,
          neutral,
          countOf(predictions, p -> p.status() == Status.EXPIRED),
          countOf(predictions, p -> p.status() == Status.PENDING),
          rate(hit, hit + miss),
          WilsonInterval.of(hit, hit + miss),
          rate(neutral, n),
          brier,
          climatology,
          skill,
          ReliabilityBin.table(resolved),
          Baselines.of(resolved));
    }
  }

  /**
   * Predictions whose top probability fell in {@code [from, to)} (the last bin includes 1): how
   * many, their mean top probability, and how often the realised class was the predicted one. A
   * calibrated model has {@code observed} close to {@code meanPredicted} in every bin.
   */
  public record ReliabilityBin(
      double from, double to, int count, Double meanPredicted, Double observed) {
    static final int BINS = 10;

    static List<ReliabilityBin> table(List<Scored> resolved) {
      List<ReliabilityBin> bins = new ArrayList<>();
      for (int b = 0; b < BINS; b++) {
        int bin = b;
        List<Scored> members = only(resolved, p -> bin(p.probabilities().of(p.direction())) == bin);
        bins.add(
            new ReliabilityBin(
                bin / (double) BINS,
                (bin + 1) / (double) BINS,
                members.size(),
                members.isEmpty() ? null : mean(members, p -> p.probabilities().of(p.direction())),
                members.isEmpty()
                    ? null
                    : rate(countOf(members, p -> p.realized() == p.direction()), members.size())));
      }
      return bins;
    }

    static int bin(double probability) {
      return Math.min(BINS - 1, (int) Math.floor(probability * BINS));
    }
  }

  /** The naive calls on the same instants, scored by the same rules. */
  public record Baselines(Baseline persistence, Baseline alwaysUp) {
    static Baselines of(List<Scored> resolved) {
      return new Baselines(
          Baseline.of(
              resolved.stream()
                  .map(p -> p.persistence() == Direction.UP ? p.outcomeIfUp() : p.outcomeIfDown())
                  .toList()),
          Baseline.of(resolved.stream().map(Scored::outcomeIfUp).toList()));
    }
  }

  public record Baseline(
      int hit, int miss, int neutral, Double winRate, WilsonInterval winRateInterval) {
    static Baseline of(List<Outcome> outcomes) {
      int hit = (int) outcomes.stream().filter(o -> o == Outcome.HIT).count();
      int miss = (int) outcomes.stream().filter(o -> o == Outcome.MISS).count();
      int neutral = (int) outcomes.stream().filter(o -> o == Outcome.NEUTRAL).count();
      return new Baseline(
          hit, miss, neutral, rate(hit, hit + miss), WilsonInterval.of(hit, hit + miss));
    }
  }

  private static List<Scored> only(List<Scored> predictions, Predicate<Scored> test) {
    return predictions.stream().filter(test).toList();
  }

  private static int countOf(List<Scored> predictions, Predicate<Scored> test) {
    return (int) predictions.stream().filter(test).count();
  }

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static double mean(
      List<Scored> predictions, java.util.function.ToDoubleFunction<Scored> value) {
    return predictions.stream().mapToDouble(value).average().orElseThrow();
  }
}
