package dev.vizzor.common.identity;

import java.util.Arrays;
import java.util.Locale;

/** Enum constants on the wire are their lower-case names; anything else is refused. */
final class WireNames {
  private WireNames() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().toLowerCase(Locale.ROOT).equals(value))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("unknown " + type.getSimpleName() + " " + value));
  }
}
