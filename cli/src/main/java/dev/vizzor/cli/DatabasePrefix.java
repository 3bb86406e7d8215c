package dev.vizzor.cli;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code VIZZOR_PG_DATABASE_PREFIX}: what the services' database names start with (default {@code
 * vizzor_}, so {@code vizzor_market}), so two suites can share one PostgreSQL server without
 * sharing data.
 */
final class DatabasePrefix {
  static final String VARIABLE = "VIZZOR_PG_DATABASE_PREFIX";
  // It goes into CREATE DATABASE unquoted: a plain lower-case identifier, short enough that the
  // longest name (…notification) stays under PostgreSQL's 63 bytes.
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,39}");

  private DatabasePrefix() {}

  /**
   * @throws IllegalArgumentException when the prefix is not a plain identifier
   */
  static String fromEnvironment(Function<String, Optional<String>> environment) {
    String prefix = environment.apply(VARIABLE).orElse(ServiceCatalog.DEFAULT_DATABASE_PREFIX);
    if (!IDENTIFIER.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          VARIABLE
              + "='"
              + prefix
              + "' is not a lower-case identifier ([a-z_][a-z0-9_]*, at most 40 characters)");
    }
    return prefix;
  }
}
