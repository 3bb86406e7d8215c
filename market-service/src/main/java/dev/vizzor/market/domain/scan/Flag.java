package dev.vizzor.market.domain.scan;

import java.util.List;

/**
 * One risk found, by a stable {@code id}; {@code sources} are the sources that raised it (both when
 * GoPlus and the bytecode agree), each with its {@code evidence}. {@code weight} is what the flag
 * adds to the score (its severity's).
 */
public record Flag(
    String id,
    Severity severity,
    double weight,
    String title,
    List<String> sources,
    List<Evidence> evidence) {}
