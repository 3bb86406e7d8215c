package dev.vizzor.market.security.audit.bytecode;

import dev.vizzor.market.domain.audit.Finding;
import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.evm.Instruction;
import dev.vizzor.market.security.evm.Opcodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Patterns in deployed code, located by byte offset. Without the source and without following
 * jumps, these read instruction sequences only: each finding says what was seen and is marked low
 * or medium confidence, and a check that sees nothing proves nothing about paths it cannot follow.
 */
public final class BytecodeAuditor {
  /** How far (in instructions) a value is followed to where it is used. */
  private static final int NEAR = 12;

  private static final Set<Integer> BLOCK_VALUES =
      Set.of(Opcodes.BLOCKHASH, Opcodes.COINBASE, Opcodes.NUMBER, Opcodes.PREVRANDAO);

  public static final List<String> RULES =
      List.of(
          "bytecode-selfdestruct",
          "bytecode-delegatecall",
          "bytecode-callcode",
          "bytecode-tx-origin",
          "bytecode-unchecked-call",
          "bytecode-block-randomness",
          "bytecode-timestamp-randomness");

  public List<Finding> audit(List<Instruction> code) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < code.size(); i++) {
      Instruction at = code.get(i);
      switch (at.opcode()) {
        case Opcodes.SELFDESTRUCT ->
            findings.add(
                finding(
                    "bytecode-selfdestruct",
                    Category.ACCESS_CONTROL,
                    "medium",
                    "low",
                    at,
                    "The code can destroy the contract and send away its ether (SELFDESTRUCT); who"
                        + " may reach it cannot be told from the bytecode alone.",
                    "Audit the source: only the owner should reach it, or remove it."));
        case Opcodes.DELEGATECALL ->
            findings.add(
                finding(
                    "bytecode-delegatecall",
                    Category.ACCESS_CONTROL,
                    "medium",
                    "low",
                    at,
                    "The contract runs other code with its own storage and ether (DELEGATECALL):"
                        + " a proxy or library call; whoever chooses that code controls the"
                        + " contract.",
                    "Check who can change the target (the proxy's admin) and that it is fixed or"
                        + " governed."));
        case Opcodes.CALLCODE ->
            findings.add(
                finding(
                    "bytecode-callcode",
                    Category.ACCESS_CONTROL,
                    "medium",
                    "medium",
                    at,
                    "CALLCODE (deprecated) runs other code against this contract's storage.",
                    "Replace with DELEGATECALL to a fixed, audited target, or remove."));
        case Opcodes.ORIGIN -> {
          if (comparedWithoutCaller(code, i)) {
            findings.add(
                finding(
                    "bytecode-tx-origin",
                    Category.ACCESS_CONTROL,
                    "high",
                    "medium",
                    at,
                    "tx.origin (ORIGIN) is compared (EQ) without the caller: authorisation by"
                        + " tx.origin lets any contract the owner calls act as the owner.",
                    "Authorise with msg.sender."));
          }
        }
        case Opcodes.CALL -> {
          if (i + 1 < code.size() && code.get(i + 1).is(Opcodes.POP)) {
            findings.add(
                finding(
                    "bytecode-unchecked-call",
                    Category.UNCHECKED_LOW_LEVEL_CALLS,
                    "medium",
                    "medium",
                    at,
                    "The success flag a CALL leaves is dropped (POP) right away: a failed call"
                        + " goes on as if it had succeeded.",
                    "Check the call's result (require(ok))."));
          }
        }
        default -> drawFromBlock(code, i).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** ORIGIN, then EQ within a few instructions, with no CALLER read in between. */
  private static boolean comparedWithoutCaller(List<Instruction> code, int origin) {
    for (int j = origin + 1; j < Math.min(code.size(), origin + NEAR); j++) {
      if (code.get(j).is(Opcodes.CALLER)) {
        return false;
      }
      if (code.get(j).is(Opcodes.EQ)) {
        return true;
      }
    }
    return false;
  }

  /** A block value hashed (KECCAK256) and then taken modulo: chance drawn from the block. */
  private Optional<Finding> drawFromBlock(List<Instruction> code, int i) {
    Instruction at = code.get(i);
    boolean block = BLOCK_VALUES.contains(at.opcode());
    if (!block && !at.is(Opcodes.TIMESTAMP)) {
      return Optional.empty();
    }
    int hash = -1;
    for (int j = i + 1; j < Math.min(code.size(), i + 2 * NEAR) && hash < 0; j++) {
      if (code.get(j).is(Opcodes.KECCAK256)) {
        hash = j;
      }
    }
    if (hash < 0) {
      return Optional.empty();
    }
    for (int j = hash + 1; j < Math.min(code.size(), hash + NEAR); j++) {
      if (code.get(j).is(Opcodes.MOD)) {
        return Optional.of(
            block
                ? finding(
                    "bytecode-block-randomness",
                    Category.BAD_RANDOMNESS,
                    "high",
                    "low",
                    at,
                    at.name()
                        + " is hashed and taken modulo: chance drawn from a block value every"
                        + " player and miner knows.",
                    "Use a verifiable randomness source (an oracle) or commit-reveal.")
                : finding(
                    "bytecode-timestamp-randomness",
                    Category.TIME_MANIPULATION,
                    "high",
                    "low",
                    at,
                    "TIMESTAMP is hashed and taken modulo: chance drawn from a time the miner"
                        + " chooses.",
                    "Use a verifiable randomness source (an oracle) or commit-reveal."));
      }
    }
    return Optional.empty();
  }

  private static Finding finding(
      String rule,
      String category,
      String severity,
      String confidence,
      Instruction at,
      String message,
      String fix) {
    return new Finding(
        rule, category, severity, confidence, null, null, null, at.offset(), message, fix);
  }
}
