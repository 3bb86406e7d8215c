package dev.vizzor.webhook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresTimestampsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-09-30T12:00:00Z",
        "2025-09-30T12:00:00+00:00",
        "2025-09-30 12:00:00+00",
        "2025-09-30T14:00:00+02:00",
        "2025-09-30 12:00:00.000000+00"
      })
  void readsTheFormsASupabaseRowCarriesAsTheSameInstant(String text) {
    assertEquals(Instant.parse("2025-09-30T12:00:00Z"), PostgresTimestamps.parse(text));
  }

  @org.junit.jupiter.api.Test
  void keepsMicroseconds() {
    assertEquals(
        Instant.parse("2025-09-30T12:00:00.123456Z"),
        PostgresTimestamps.parse("2025-09-30 12:00:00.123456+00"));
  }
}
