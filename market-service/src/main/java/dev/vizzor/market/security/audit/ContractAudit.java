package dev.vizzor.market.security.audit;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Audits what a request names. The same sources audited again within the cache's lifetime are
 * answered from it, keyed by a hash of their paths and contents.
 */
@ApplicationScoped
public class ContractAudit {
  private static final Logger LOG = Logger.getLogger(ContractAudit.class);
  static final String SOURCE = "vizzor-audit: own analysis of the given code, offline";

  private final SourceAuditor auditor = new SourceAuditor();
  private final Cache results;

  ContractAudit(@CacheName("audit-results") Cache results) {
    this.results = results;
  }

  /**
   * Parsing and the checks are CPU work: off the event loop, on a worker. A failure is not kept.
   */
  public Uni<AuditReport> audit(AuditRequest request) {
    return results.getAsync(
        contentHash(request),
        key ->
            Uni.createFrom()
                .item(() -> sourceReport(request))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
  }

  private AuditReport sourceReport(AuditRequest request) {
    long started = System.nanoTime();
    List<AuditReport.CheckRun> checks = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<AuditReport.AnalysedFile> files = List.of();
    if (request.sources().isEmpty()) {
      checks.add(
          new AuditReport.CheckRun("source", false, SourceAuditor.rules(), "no sources given"));
    } else {
      SourceAuditor.Result result = auditor.audit(request.sources());
      findings.addAll(result.findings());
      files = result.files();
      checks.add(new AuditReport.CheckRun("source", true, SourceAuditor.rules(), null));
    }
    LOG.debugf(
        "audited %d files (%d findings) in %d ms",
        files.size(), findings.size(), (System.nanoTime() - started) / 1_000_000);
    return new AuditReport(
        SOURCE,
        new AuditReport.Analysed(files, null),
        checks,
        AuditReport.countBySeverity(findings),
        findings);
  }

  static String contentHash(AuditRequest request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (SourceAuditor.Source source : request.sources()) {
        update(sha, source.path());
        update(sha, source.content());
      }
      update(sha, request.bytecodeHex().orElse(""));
      update(sha, request.chain().map(c -> c.wireName()).orElse(""));
      update(sha, request.address().map(a -> a.hex()).orElse(""));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Length-prefixed, so ("ab","c") and ("a","bc") hash apart. */
  private static void update(MessageDigest sha, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
