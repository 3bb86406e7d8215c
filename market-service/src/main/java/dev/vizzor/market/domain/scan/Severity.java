package dev.vizzor.market.domain.scan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How bad a flag is, with the weight it adds to the risk score (docs/SCAN.md): the chance, roughly,
 * that a flag of this severity alone costs a holder their money.
 */
public enum Severity {
  INFO(0),
  LOW(0.10),
  MEDIUM(0.25),
  HIGH(0.50),
  CRITICAL(0.90);

  private final double weight;

  Severity(double weight) {
    this.weight = weight;
  }

  public double weight() {
    return weight;
  }

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
