package dev.vizzor.market.security.audit;

import dev.vizzor.market.domain.audit.AuditReport;
import dev.vizzor.market.domain.audit.Finding;
import dev.vizzor.market.security.audit.checks.ApproveRace;
import dev.vizzor.market.security.audit.checks.BlockRandomness;
import dev.vizzor.market.security.audit.checks.CompilerPragma;
import dev.vizzor.market.security.audit.checks.EtherPushInLoop;
import dev.vizzor.market.security.audit.checks.GrowingStorageLoop;
import dev.vizzor.market.security.audit.checks.Reentrancy;
import dev.vizzor.market.security.audit.checks.RefundToReplacedAccount;
import dev.vizzor.market.security.audit.checks.ShortAddress;
import dev.vizzor.market.security.audit.checks.SourceCheck;
import dev.vizzor.market.security.audit.checks.SourceFinding;
import dev.vizzor.market.security.audit.checks.StorageArrayReset;
import dev.vizzor.market.security.audit.checks.TimestampDependence;
import dev.vizzor.market.security.audit.checks.TransactionOrderDependence;
import dev.vizzor.market.security.audit.checks.TxOriginAuthorisation;
import dev.vizzor.market.security.audit.checks.UncheckedArithmetic;
import dev.vizzor.market.security.audit.checks.UncheckedLowLevelCall;
import dev.vizzor.market.security.audit.checks.UninitializedStoragePointer;
import dev.vizzor.market.security.audit.checks.UnprotectedDelegatecall;
import dev.vizzor.market.security.audit.checks.UnprotectedOwnerSetter;
import dev.vizzor.market.security.audit.checks.UnprotectedSelfdestruct;
import dev.vizzor.market.security.audit.model.SourceModel;
import dev.vizzor.market.security.audit.source.SolidityFile;
import dev.vizzor.market.security.audit.source.SolidityParsing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Parses Solidity sources and runs every source check over them together. */
public final class SourceAuditor {
  private static final List<SourceCheck> CHECKS =
      List.of(
          new Reentrancy(),
          new UncheckedLowLevelCall(),
          new TxOriginAuthorisation(),
          new UnprotectedSelfdestruct(),
          new UnprotectedDelegatecall(),
          new UnprotectedOwnerSetter(),
          new UncheckedArithmetic(),
          new BlockRandomness(),
          new TimestampDependence(),
          new EtherPushInLoop(),
          new RefundToReplacedAccount(),
          new GrowingStorageLoop(),
          new StorageArrayReset(),
          new ApproveRace(),
          new TransactionOrderDependence(),
          new UninitializedStoragePointer(),
          new ShortAddress(),
          new CompilerPragma());

  /** A file to audit. */
  public record Source(String path, String content) {}

  /** The findings and what they were found in. */
  public record Result(List<Finding> findings, List<AuditReport.AnalysedFile> files) {}

  public static List<String> rules() {
    return CHECKS.stream().flatMap(check -> check.rules().stream()).toList();
  }

  /** Throws {@code SoliditySyntaxException} (a 400 naming the file and line) for bad Solidity. */
  public Result audit(List<Source> sources) {
    List<SolidityFile> files = new ArrayList<>();
    for (Source source : sources) {
      files.add(SolidityParsing.parse(source.path(), source.content()));
    }
    SourceModel model = new SourceModel(files);
    List<Finding> findings = new ArrayList<>();
    for (SourceCheck check : CHECKS) {
      check.run(model).stream().map(SourceFinding::toFinding).forEach(findings::add);
    }
    findings.sort(
        Comparator.comparing(Finding::path)
            .thenComparing(Finding::startLine)
            .thenComparing(Finding::rule));
    List<AuditReport.AnalysedFile> analysed = new ArrayList<>();
    for (SolidityFile file : files) {
      analysed.add(
          new AuditReport.AnalysedFile(
              file.path(),
              file.lines(),
              file.version().pragma().orElse(null),
              model.contracts().stream()
                  .filter(contract -> contract.file() == file)
                  .map(contract -> contract.name())
                  .toList()));
    }
    return new Result(findings, analysed);
  }
}
