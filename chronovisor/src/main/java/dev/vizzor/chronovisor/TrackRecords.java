package dev.vizzor.chronovisor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * The decided calls of one symbol, per horizon, in the order their horizons ended: the record
 * {@link TierGates} reads, kept to the last {@link TierGates#RECORD_WINDOW}. prediction-service
 * reads the same from its rows; this is the walk-forward's copy.
 */
final class TrackRecords {
  private final Map<Horizon, Deque<Outcome>> decided = new EnumMap<>(Horizon.class);

  void add(Horizon horizon, Outcome outcome) {
    if (outcome == Outcome.NEUTRAL) {
      return;
    }
    Deque<Outcome> calls = decided.computeIfAbsent(horizon, h -> new ArrayDeque<>());
    calls.addLast(outcome);
    if (calls.size() > TierGates.RECORD_WINDOW) {
      calls.removeFirst();
    }
  }

  TrackRecord of(Horizon horizon) {
    Deque<Outcome> calls = decided.get(horizon);
    if (calls == null) {
      return TrackRecord.NONE;
    }
    int hits = (int) calls.stream().filter(o -> o == Outcome.HIT).count();
    return new TrackRecord(hits, calls.size() - hits);
  }
}
