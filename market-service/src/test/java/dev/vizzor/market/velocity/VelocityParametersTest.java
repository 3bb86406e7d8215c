package dev.vizzor.market.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.VelocityState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The constants' guards and the wire names the Velocity API prints. */
class VelocityParametersTest {

  @Test
  void defaultsNeedThirtySevenPointsForAFullReading() {
    // W_r + M + 1 = 24 + 12 + 1.
    assertEquals(37, VelocityParameters.DEFAULTS.minPoints());
  }

  @Test
  void enterThresholdMustExceedExitThreshold() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new VelocityParameters(24, 6, 48, 12, 1e-4, 1.5, 0.4, 0.4, 1.0, 12));
  }

  @Test
  void windowsAndScalesMustBeUsable() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new VelocityParameters(0, 6, 48, 12, 1e-4, 1.5, 0.8, 0.4, 1.0, 12));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VelocityParameters(24, Double.NaN, 48, 12, 1e-4, 1.5, 0.8, 0.4, 1.0, 12));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VelocityParameters(24, 6, 11, 12, 1e-4, 1.5, 0.8, 0.4, 1.0, 12));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VelocityParameters(24, 6, 48, 12, 0, 1.5, 0.8, 0.4, 1.0, 12));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VelocityParameters(24, 6, 48, 12, 1e-4, 1.5, 0.8, 0.4, 1.0, -1));
  }

  @Test
  void statesPrintInLowercase() {
    assertEquals("rising", VelocityState.RISING.wire());
    assertEquals("falling", VelocityState.FALLING.wire());
    assertEquals("stable", VelocityState.STABLE.wire());
    assertEquals("emerging", VelocityState.EMERGING.wire());
    assertEquals("cooling", VelocityState.COOLING.wire());
  }

  @Test
  void granularitiesPrintTheirWireNameAndStep() {
    assertEquals("five_min", Granularity.FIVE_MIN.wire());
    assertEquals(Duration.ofMinutes(5), Granularity.FIVE_MIN.step());
    assertEquals("hourly", Granularity.HOURLY.wire());
    assertEquals(Duration.ofHours(1), Granularity.HOURLY.step());
    assertEquals("daily", Granularity.DAILY.wire());
    assertEquals(Duration.ofDays(1), Granularity.DAILY.step());
  }
}
