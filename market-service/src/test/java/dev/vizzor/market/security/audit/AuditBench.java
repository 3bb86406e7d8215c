package dev.vizzor.market.security.audit;

import dev.vizzor.market.security.audit.source.SolidityParsing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * bench/audit/run.sh: the corpus audited pass after pass, interleaved with passes that only parse
 * it (the anchor). Prints each pass's milliseconds and the median audit/parse ratio, so what the
 * rules cost is read against the parse on the same machine in the same run.
 */
public final class AuditBench {
  private AuditBench() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int passes = Integer.parseInt(args[1]);
    List<SourceAuditor.Source> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(corpus)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".sol")).sorted().toList()) {
        files.add(
            new SourceAuditor.Source(
                corpus.relativize(path).toString(),
                Files.readString(path, StandardCharsets.UTF_8)));
      }
    }
    long lines = files.stream().mapToLong(f -> f.content().lines().count()).sum();
    System.out.printf("corpus: %d files, %d lines%n", files.size(), lines);
    SourceAuditor auditor = new SourceAuditor();
    double[] parse = new double[passes];
    double[] audit = new double[passes];
    int findings = 0;
    for (int pass = -3; pass < passes; pass++) { // three warm-up passes, not counted
      long start = System.nanoTime();
      for (SourceAuditor.Source file : files) {
        SolidityParsing.parse(file.path(), file.content());
      }
      long parsed = System.nanoTime();
      findings = 0;
      for (SourceAuditor.Source file : files) {
        findings += auditor.audit(List.of(file)).findings().size();
      }
      long audited = System.nanoTime();
      if (pass >= 0) {
        parse[pass] = (parsed - start) / 1e6;
        audit[pass] = (audited - parsed) / 1e6;
        System.out.printf(
            "pass %d: parse %.1f ms, audit %.1f ms%n", pass, parse[pass], audit[pass]);
      }
    }
    double[] ratios = new double[passes];
    for (int i = 0; i < passes; i++) {
      ratios[i] = audit[i] / parse[i];
    }
    System.out.printf(
        "median: parse %.1f ms, audit %.1f ms (%.2f ms per contract, %d findings), audit/parse %.2f%n",
        median(parse), median(audit), median(audit) / files.size(), findings, median(ratios));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
