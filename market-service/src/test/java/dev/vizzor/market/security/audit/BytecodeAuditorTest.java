package dev.vizzor.market.security.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.market.domain.audit.Finding;
import dev.vizzor.market.security.audit.bytecode.BytecodeAuditor;
import dev.vizzor.market.security.evm.Bytecode;
import dev.vizzor.market.security.evm.CodeSamples;
import dev.vizzor.market.security.evm.Disassembler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code written by hand byte by byte, and a recorded contract, against the bytecode rules. */
class BytecodeAuditorTest {

  private static List<String> found(String hex) {
    return new BytecodeAuditor()
        .audit(Disassembler.disassemble(Bytecode.parse("bytecode", hex))).stream()
            .map(f -> f.rule() + "@" + f.offset())
            .toList();
  }

  @Test
  void txOriginComparedWithAStoredOwner() {
    // ORIGIN; PUSH1 0; SLOAD; EQ -- tx.origin == owner
    assertEquals(List.of("bytecode-tx-origin@0"), found("3260005414"));
    // ORIGIN; CALLER; EQ -- tx.origin == msg.sender, "is the caller an account": no finding
    assertEquals(List.of(), found("323314"));
  }

  @Test
  void aCallWhoseResultIsDropped() {
    // PUSH1 0 ×5 (offsets 0..8), GAS (10), CALL (11), POP (12)
    assertEquals(
        List.of("bytecode-unchecked-call@11"), found("60006000600060006000" + "5a" + "f1" + "50"));
    // CALL; ISZERO -- checked: no finding
    assertEquals(List.of(), found("600060006000600060005af115"));
  }

  @Test
  void chanceFromTheBlockNumber() {
    // NUMBER (0); PUSH1 0; MSTORE; PUSH1 32; PUSH1 0; KECCAK256 (8); PUSH1 6; SWAP1; MOD
    assertEquals(
        List.of("bytecode-block-randomness@0"),
        found("43" + "600052" + "60206000" + "20" + "6006" + "90" + "06"));
    // TIMESTAMP in its place: the time-only rule
    assertEquals(
        List.of("bytecode-timestamp-randomness@0"),
        found("42" + "600052" + "60206000" + "20" + "6006" + "90" + "06"));
    // NUMBER hashed but never reduced: an identifier, no finding
    assertEquals(List.of(), found("43" + "600052" + "60206000" + "20" + "00"));
  }

  @Test
  void selfdestructDelegatecallAndCallcodeAreLocated() {
    // PUSH1 0 (0); SELFDESTRUCT (2); DELEGATECALL (3); CALLCODE (4)
    assertEquals(
        List.of("bytecode-selfdestruct@2", "bytecode-delegatecall@3", "bytecode-callcode@4"),
        found("6000" + "ff" + "f4" + "f2"));
  }

  @Test
  void pushDataIsNeverReadAsAnOpcode() {
    // PUSH2 0xff32: the SELFDESTRUCT and ORIGIN bytes are data
    assertEquals(List.of(), found("61ff32"));
  }

  @Test
  void theUsdcProxyDelegatesOnce() {
    List<Finding> findings =
        new BytecodeAuditor()
            .audit(Disassembler.disassemble(Bytecode.parse("bytecode", CodeSamples.usdcProxy())));
    // The proxy's one DELEGATECALL sits at byte 0x0690 of the recorded code (read off the hex).
    assertEquals(
        List.of("bytecode-delegatecall@1680"),
        findings.stream().map(f -> f.rule() + "@" + f.offset()).toList());
  }
}
