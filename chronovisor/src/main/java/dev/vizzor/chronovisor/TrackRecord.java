package dev.vizzor.chronovisor;

/** Resolved HITs and MISSes of one symbol × horizon, as known at some instant. */
public record TrackRecord(int hits, int misses) {
  public static final TrackRecord NONE = new TrackRecord(0, 0);

  public int decided() {
    return hits + misses;
  }

  public double winRate() {
    return decided() == 0 ? Double.NaN : (double) hits / decided();
  }

  public WilsonInterval wilson() {
    return WilsonInterval.of(hits, decided());
  }
}
