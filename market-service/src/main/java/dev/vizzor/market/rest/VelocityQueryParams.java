package dev.vizzor.market.rest;

import dev.vizzor.common.error.ApiException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the Velocity endpoints' query parameters from their raw text, so that every bad value gets
 * the family's 400 {@code bad_request} rather than a framework error.
 */
final class VelocityQueryParams {
  static final String ALL = "all";
  private static final Pattern CATEGORY = Pattern.compile("[a-z0-9_-]{1,64}");
  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private VelocityQueryParams() {}

  /**
   * {@code all} (absent or {@code all}) or one category, lower-cased. Any well-formed name is a
   * valid filter: one nothing is tracked in simply matches no item.
   */
  static String category(String raw) {
    if (raw == null) {
      return ALL;
    }
    String category = raw.toLowerCase(Locale.ROOT);
    if (!CATEGORY.matcher(category).matches()) {
      throw ApiException.invalid(
          "category must be 1-64 letters, digits, '-' or '_' (e.g. crypto, market), got '"
              + raw
              + "'");
    }
    return category;
  }

  /** The category as a filter: empty for {@code all}. */
  static Optional<String> filter(String categoryOrStatus) {
    return ALL.equals(categoryOrStatus) ? Optional.empty() : Optional.of(categoryOrStatus);
  }

  /** An integer 1–100, {@code fallback} when absent. */
  static int limit(String raw, int fallback) {
    if (raw == null) {
      return fallback;
    }
    if (!INTEGER.matcher(raw).matches()) {
      throw ApiException.invalid("limit must be an integer from 1 to 100, got '" + raw + "'");
    }
    int limit = Integer.parseInt(raw);
    if (limit < 1 || limit > 100) {
      throw ApiException.invalid("limit must be an integer from 1 to 100, got " + limit);
    }
    return limit;
  }

  /** A number 0–100 (fractions allowed), 0 when absent. */
  static BigDecimal minScore(String raw) {
    if (raw == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal minScore;
    try {
      minScore = new BigDecimal(raw);
    } catch (NumberFormatException notANumber) {
      throw ApiException.invalid("minScore must be a number from 0 to 100, got '" + raw + "'");
    }
    if (minScore.signum() < 0 || minScore.compareTo(HUNDRED) > 0) {
      throw ApiException.invalid("minScore must be a number from 0 to 100, got " + raw);
    }
    // 50.0 and 5E+1 are echoed as 50, the way the contract writes numbers.
    BigDecimal plain = minScore.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /** {@code active} (absent), {@code inactive} or {@code all}. */
  static String status(String raw) {
    if (raw == null) {
      return "active";
    }
    String status = raw.toLowerCase(Locale.ROOT);
    if (!status.equals("active") && !status.equals("inactive") && !status.equals(ALL)) {
      throw ApiException.invalid("status must be active, inactive or all, got '" + raw + "'");
    }
    return status;
  }
}
