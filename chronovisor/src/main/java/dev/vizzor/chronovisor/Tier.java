package dev.vizzor.chronovisor;

import java.util.Arrays;
import java.util.Optional;

/** How much a prediction is worth acting on, decided at emission by {@link TierGates}. */
public enum Tier {
  HIGH_CONVICTION("high-conviction"),
  TRACKED("tracked"),
  ADVISORY("advisory");

  private final String label;

  Tier(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Advisory predictions are stored, resolved and reported, but never in the headline. */
  public boolean inHeadline() {
    return this != ADVISORY;
  }

  public static Optional<Tier> parse(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label.strip())).findFirst();
  }
}
