package dev.vizzor.market.security.scan;

import dev.vizzor.market.domain.scan.Evidence;
import dev.vizzor.market.domain.scan.Flag;
import dev.vizzor.market.domain.scan.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources' observations merged into one flag per risk: its severity the highest any source gave
 * it, its sources and evidence all of theirs. Worst first.
 */
final class Flags {
  private Flags() {}

  static List<Flag> merge(List<Raised> observations) {
    Map<FlagKind, List<Raised>> byKind = new LinkedHashMap<>();
    observations.forEach(
        raised -> byKind.computeIfAbsent(raised.kind(), kind -> new ArrayList<>()).add(raised));
    return byKind.entrySet().stream()
        .map(entry -> flag(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparing(Flag::severity).reversed().thenComparing(Flag::id))
        .toList();
  }

  private static Flag flag(FlagKind kind, List<Raised> raised) {
    Severity severity =
        raised.stream().map(Raised::severity).max(Comparator.naturalOrder()).orElseThrow();
    List<Evidence> evidence = raised.stream().map(Raised::evidence).toList();
    List<String> sources = evidence.stream().map(Evidence::source).distinct().sorted().toList();
    return new Flag(kind.id(), severity, severity.weight(), kind.title(), sources, evidence);
  }
}
