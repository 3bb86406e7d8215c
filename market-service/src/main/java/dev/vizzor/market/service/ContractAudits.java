package dev.vizzor.market.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.domain.audit.AuditReport;
import dev.vizzor.market.domain.audit.Finding;
import dev.vizzor.market.security.CodeSource;
import dev.vizzor.market.security.CodeUnavailableException;
import dev.vizzor.market.security.audit.AuditRequest;
import dev.vizzor.market.security.audit.SourceAuditor;
import dev.vizzor.market.security.audit.bytecode.BytecodeAuditor;
import dev.vizzor.market.security.evm.Bytecode;
import dev.vizzor.market.security.evm.Disassembler;
import dev.vizzor.market.security.evm.Instruction;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * {@code POST /audit}: Solidity sources through the source rules, code (given, or read by address
 * from the chain's node) through the bytecode rules. The same request within the cache's lifetime
 * is answered from it (quarkus.cache.caffeine."audit-results"), unless a check could not run, so
 * that asking again retries it.
 */
@ApplicationScoped
public class ContractAudits {
  private static final Logger LOG = Logger.getLogger(ContractAudits.class);
  static final String SOURCE = "vizzor-audit: own analysis of the given code, offline";

  /** What an operator must change before code by address can be read: not soon. */
  private static final long NO_CODE_SOURCE_RETRY_SECONDS = 300;

  private final SourceAuditor sources = new SourceAuditor();
  private final BytecodeAuditor bytecode = new BytecodeAuditor();
  private final CodeSource codeSource;
  private final CaffeineCache results;

  ContractAudits(CodeSource codeSource, @CacheName("audit-results") Cache results) {
    this.codeSource = codeSource;
    this.results = results.as(CaffeineCache.class);
  }

  /** The code to audit: none asked for, read (and from where), or not readable (and why). */
  private sealed interface Code {
    record NoneAsked() implements Code {}

    record Read(Bytecode bytes, String from) implements Code {}

    record Unreadable(String reason) implements Code {}
  }

  /** A bad field is a 400 naming it, before anything runs. */
  public Uni<AuditReport> audit(JsonNode body) {
    AuditRequest request = AuditRequest.of(body);
    Optional<Bytecode> given = request.bytecodeHex().map(hex -> Bytecode.parse("bytecode", hex));
    String key = contentHash(request);
    CompletableFuture<AuditReport> cached = results.getIfPresent(key);
    if (cached != null) {
      return Uni.createFrom().completionStage(cached);
    }
    return code(request, given)
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(code -> report(request, code))
        .invoke(
            report -> {
              if (report.checks().stream().allMatch(AuditReport.CheckRun::ran)
                  || request.address().isEmpty()) {
                results.put(key, CompletableFuture.completedFuture(report));
              }
            });
  }

  /**
   * The code given, or read by address. When it cannot be read the bytecode checks are reported as
   * not run; with nothing else to audit that is a 503 saying why.
   */
  private Uni<Code> code(AuditRequest request, Optional<Bytecode> given) {
    if (given.isPresent()) {
      return Uni.createFrom().item(new Code.Read(given.get(), "request"));
    }
    if (request.address().isEmpty()) {
      return Uni.createFrom().item(new Code.NoneAsked());
    }
    var chain = request.chain().orElseThrow();
    var address = request.address().get();
    return codeSource
        .code(chain, address)
        .map(
            read -> {
              if (read.isEmpty() || read.get().length == 0) {
                throw new InvalidArgumentException(
                    "address " + address + " holds no contract code on " + chain.wireName());
              }
              return (Code)
                  new Code.Read(Bytecode.of(read.get()), "eth_getCode on " + chain.wireName());
            })
        .onFailure(CodeUnavailableException.class)
        .recoverWithItem(failure -> new Code.Unreadable(failure.getMessage()))
        .onFailure(ApiException.class)
        .recoverWithUni(
            failure ->
                request.sources().isEmpty()
                    ? Uni.createFrom().failure(failure)
                    : Uni.createFrom().item(new Code.Unreadable(failure.getMessage())));
  }

  private AuditReport report(AuditRequest request, Code code) {
    long started = System.nanoTime();
    List<AuditReport.CheckRun> checks = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<AuditReport.AnalysedFile> files = null;
    if (request.sources().isEmpty()) {
      checks.add(
          new AuditReport.CheckRun("source", false, SourceAuditor.rules(), "no sources given"));
    } else {
      SourceAuditor.Result result = sources.audit(request.sources());
      findings.addAll(result.findings());
      files = result.files();
      checks.add(new AuditReport.CheckRun("source", true, SourceAuditor.rules(), null));
    }
    AuditReport.AnalysedBytecode analysedCode = null;
    switch (code) {
      case Code.NoneAsked none ->
          checks.add(
              new AuditReport.CheckRun(
                  "bytecode", false, BytecodeAuditor.RULES, "no bytecode or address given"));
      case Code.Unreadable unreadable -> {
        if (request.sources().isEmpty()) {
          throw new ApiException(
              ApiError.retryable(
                  Problem.SERVICE_UNAVAILABLE, unreadable.reason(), NO_CODE_SOURCE_RETRY_SECONDS));
        }
        checks.add(
            new AuditReport.CheckRun(
                "bytecode", false, BytecodeAuditor.RULES, unreadable.reason()));
      }
      case Code.Read read -> {
        List<Instruction> instructions = Disassembler.disassemble(read.bytes());
        findings.addAll(bytecode.audit(instructions));
        analysedCode =
            new AuditReport.AnalysedBytecode(
                read.bytes().length(), instructions.size(), read.bytes().keccak256(), read.from());
        checks.add(new AuditReport.CheckRun("bytecode", true, BytecodeAuditor.RULES, null));
      }
    }
    findings.sort(
        Comparator.comparing((Finding f) -> f.path() == null ? "" : f.path())
            .thenComparing(f -> f.startLine() == null ? 0 : f.startLine())
            .thenComparing(f -> f.offset() == null ? 0 : f.offset()));
    LOG.debugf(
        "audited %d files and %s of code: %d findings in %d ms",
        request.sources().size(),
        analysedCode == null ? "no bytes" : analysedCode.bytes() + " bytes",
        findings.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new AuditReport(
        SOURCE,
        new AuditReport.Analysed(files, analysedCode),
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
