package dev.vizzor.cli;

import dev.vizzor.common.identity.Tier;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a tier argument in any case, so a typo fails at once with the valid choices instead of as a
 * 400 from the gateway.
 */
public final class TierConverter implements ITypeConverter<Tier> {
  @Override
  public Tier convert(String text) {
    return Tier.parse(text.toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown tier '"
                        + text
                        + "'; use one of: "
                        + Arrays.stream(Tier.values())
                            .map(Tier::wire)
                            .collect(Collectors.joining(", "))));
  }
}
