package dev.vizzor.market.security.scan;

import dev.vizzor.market.client.goplus.GoPlusClient;
import dev.vizzor.market.client.goplus.TokenSecurity;
import dev.vizzor.market.domain.scan.Flag;
import dev.vizzor.market.domain.scan.SourceCheck;
import dev.vizzor.market.domain.scan.TokenScan;
import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.CodeSource;
import dev.vizzor.market.security.EvmAddress;
import dev.vizzor.market.security.evm.Bytecode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a scan's two sources side by side (GoPlus by address, our bytecode checks on the supplied
 * code or the code a {@link CodeSource} reads) and merges them into one answer. A source that fails
 * never fails the scan: its check says why, and the answer is marked incomplete.
 */
@ApplicationScoped
public class TokenScanner {
  private final GoPlusClient goplus;
  private final CodeSource codeSource;
  private final Clock clock;

  TokenScanner(GoPlusClient goplus, CodeSource codeSource, Clock clock) {
    this.goplus = goplus;
    this.codeSource = codeSource;
    this.clock = clock;
  }

  public Uni<TokenScan> scan(ScanTarget target) {
    return Uni.combine()
        .all()
        .unis(goplus(target), bytecode(target))
        .with((fromGoPlus, fromCode) -> report(target, fromGoPlus, fromCode));
  }

  private Uni<SourceOutcome> goplus(ScanTarget target) {
    if (target.address().isEmpty()) {
      return Uni.createFrom()
          .item(
              notRun(
                  GoPlusFindings.SOURCE,
                  "no address given: GoPlus looks tokens up by chain and address"));
    }
    Chain chain = target.chain().orElseThrow();
    EvmAddress address = target.address().get();
    return goplus
        .tokenSecurity(chain.id(), address.hex())
        .map(answer -> fromGoPlus(answer, chain, address))
        .onFailure()
        .recoverWithItem(
            failure ->
                SourceOutcome.without(
                    SourceFailures.check(GoPlusFindings.SOURCE, "GoPlus", failure)));
  }

  private static SourceOutcome fromGoPlus(TokenSecurity answer, Chain chain, EvmAddress address) {
    if (answer.token().isEmpty()) {
      return SourceOutcome.without(
          new SourceCheck(
              GoPlusFindings.SOURCE,
              SourceCheck.Status.NO_DATA,
              "GoPlus has no data on " + address + " on " + chain.wireName()));
    }
    SourceCheck check =
        answer.partial()
            ? new SourceCheck(
                GoPlusFindings.SOURCE,
                SourceCheck.Status.PARTIAL,
                "GoPlus had only part of its data yet; ask again in about 15 s")
            : SourceCheck.ran(GoPlusFindings.SOURCE);
    return new SourceOutcome(
        check,
        GoPlusFindings.of(answer.token().get()),
        GoPlusFindings.facts(answer.token().get()),
        null);
  }

  private Uni<SourceOutcome> bytecode(ScanTarget target) {
    if (target.bytecode().isPresent()) {
      return Uni.createFrom().item(fromCode(target.bytecode().get()));
    }
    Chain chain = target.chain().orElseThrow();
    EvmAddress address = target.address().orElseThrow();
    return codeSource
        .code(chain, address)
        .map(
            code ->
                code.filter(bytes -> bytes.length > 0)
                    .map(bytes -> fromCode(Bytecode.of(bytes)))
                    .orElseGet(
                        () ->
                            SourceOutcome.without(
                                new SourceCheck(
                                    BytecodeFindings.SOURCE,
                                    SourceCheck.Status.NO_DATA,
                                    "no contract code at "
                                        + address
                                        + " on "
                                        + chain.wireName()
                                        + ": not a token contract"))))
        .onFailure()
        .recoverWithItem(
            failure ->
                SourceOutcome.without(
                    SourceFailures.check(BytecodeFindings.SOURCE, "the EVM RPC", failure)));
  }

  private static SourceOutcome fromCode(Bytecode code) {
    return new SourceOutcome(
        SourceCheck.ran(BytecodeFindings.SOURCE),
        BytecodeFindings.of(code),
        null,
        new TokenScan.CodeInfo(code.length(), code.keccak256()));
  }

  private static SourceOutcome notRun(String source, String reason) {
    return SourceOutcome.without(new SourceCheck(source, SourceCheck.Status.NOT_RUN, reason));
  }

  private TokenScan report(ScanTarget target, SourceOutcome fromGoPlus, SourceOutcome fromCode) {
    List<SourceCheck> checks = List.of(fromGoPlus.check(), fromCode.check());
    List<Flag> flags =
        Flags.merge(
            Stream.concat(fromGoPlus.raised().stream(), fromCode.raised().stream()).toList());
    boolean complete = checks.stream().allMatch(SourceCheck::ran);
    int score = RiskScore.score(flags);
    String ran =
        checks.stream()
            .filter(
                check ->
                    check.status() == SourceCheck.Status.RAN
                        || check.status() == SourceCheck.Status.PARTIAL)
            .map(SourceCheck::source)
            .collect(Collectors.joining("+"));
    return new TokenScan(
        target.chain().map(Chain::wireName).orElse(null),
        target.address().map(EvmAddress::hex).orElse(null),
        fromCode.code(),
        ran.isEmpty() ? "none" : ran,
        score,
        RiskScore.level(score, complete),
        complete,
        RiskScore.FORMULA,
        flags,
        checks,
        fromGoPlus.facts(),
        clock.instant());
  }
}
