package dev.vizzor.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/**
 * Enums the admin API spells in lower case. Parsing them here lets a typo fail at once with the
 * valid choices, instead of as a 400 from the gateway.
 */
final class WireEnum {
  private WireEnum() {}

  static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireEnum::wireName)
        .collect(Collectors.joining(", "));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    for (E value : type.getEnumConstants()) {
      if (wireName(value).equalsIgnoreCase(text)) {
        return value;
      }
    }
    throw new TypeConversionException(
        "unknown " + what + " '" + text + "'; use one of: " + choices(type));
  }
}
