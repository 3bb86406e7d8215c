package dev.vizzor.webhook.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Parses the timestamp forms a Supabase row carries: ISO-8601 ({@code 2025-09-30T12:00:00Z}) and
 * PostgreSQL's own {@code timestamptz} text ({@code 2025-09-30 12:00:00.123456+00}).
 */
final class PostgresTimestamps {
  private static final DateTimeFormatter POSTGRES =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .appendPattern("[XXX][XX][X]")
          .toFormatter();

  private PostgresTimestamps() {}

  static Instant parse(String text) {
    return OffsetDateTime.parse(text.trim(), POSTGRES).toInstant();
  }
}
