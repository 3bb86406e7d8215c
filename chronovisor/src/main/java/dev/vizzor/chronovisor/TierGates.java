package dev.vizzor.chronovisor;

/**
 * Decides a prediction's {@link Tier} from what was known at emission only: how far the top
 * probability leads ({@code margin}), how many directional features lean the same way ({@code
 * agreement}), and the horizon's own resolved record for the symbol. The record gate is what keeps
 * an unmeasured or unskilled model out of the headline: until {@link #MIN_RECORD} calls have been
 * decided, everything is advisory.
 *
 * <ul>
 *   <li>high-conviction: margin ≥ 0.15, agreement ≥ 0.75, record ≥ 50 decided with its Wilson 95 %
 *       lower bound above 0.5 (an edge the record proves).
 *   <li>tracked: margin ≥ 0.05, agreement ≥ 0.5, record ≥ 50 decided with a win rate above 0.5.
 *   <li>advisory: the rest.
 * </ul>
 */
public final class TierGates {
  public static final int MIN_RECORD = 50;

  /** The record counts at most this many of the most recent decided calls. */
  public static final int RECORD_WINDOW = 200;

  static final double HIGH_MARGIN = 0.15;
  static final double HIGH_AGREEMENT = 0.75;
  static final double TRACKED_MARGIN = 0.05;
  static final double TRACKED_AGREEMENT = 0.5;

  private TierGates() {}

  public static Tier tier(double margin, double agreement, TrackRecord record) {
    boolean measured = record.decided() >= MIN_RECORD;
    if (measured
        && margin >= HIGH_MARGIN
        && agreement >= HIGH_AGREEMENT
        && record.wilson().low() > 0.5) {
      return Tier.HIGH_CONVICTION;
    }
    if (measured
        && margin >= TRACKED_MARGIN
        && agreement >= TRACKED_AGREEMENT
        && record.winRate() > 0.5) {
      return Tier.TRACKED;
    }
    return Tier.ADVISORY;
  }

  /**
   * The share of directional features ({@link FeatureSet#DIRECTIONAL}) that lean the predicted way;
   * for sideways, how evenly they cancel out (1 when half lean each way).
   */
  public static double agreement(Direction direction, FeatureRow features) {
    int up = 0;
    int down = 0;
    for (String name : FeatureSet.DIRECTIONAL) {
      double value = features.value(name);
      if (value > 0) {
        up++;
      } else if (value < 0) {
        down++;
      }
    }
    int n = FeatureSet.DIRECTIONAL.size();
    return switch (direction) {
      case UP -> (double) up / n;
      case DOWN -> (double) down / n;
      case SIDEWAYS -> 1 - (double) Math.abs(up - down) / n;
    };
  }
}
