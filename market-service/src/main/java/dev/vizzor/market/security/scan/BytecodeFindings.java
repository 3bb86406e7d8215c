package dev.vizzor.market.security.scan;

import dev.vizzor.market.domain.scan.Evidence;
import dev.vizzor.market.domain.scan.Severity;
import dev.vizzor.market.security.evm.Bytecode;
import dev.vizzor.market.security.evm.Disassembler;
import dev.vizzor.market.security.evm.Instruction;
import dev.vizzor.market.security.evm.Opcodes;
import dev.vizzor.market.security.evm.Selectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our own checks on a contract's code: the risky functions its dispatcher exposes ({@link
 * RiskSignatures}) and opcode patterns (DELEGATECALL, a proxy's storage slot, SELFDESTRUCT,
 * ORIGIN). Each observation carries the byte offset of the instruction that shows it. Code alone
 * cannot show what a function does when called (a sell that reverts, a tax's size): that is
 * GoPlus's part.
 */
final class BytecodeFindings {
  static final String SOURCE = "bytecode";

  /**
   * Storage slots only a proxy uses, pushed as 32-byte constants: EIP-1967's (keccak-256 of {@code
   * eip1967.proxy.*} minus 1) and ZeppelinOS's from before EIP-1967 (keccak-256 of {@code
   * org.zeppelinos.proxy.*}), which older proxies such as USDC's still use.
   */
  static final Map<String, String> PROXY_SLOTS =
      Map.of(
          "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc",
          "EIP-1967 implementation slot",
          "0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103",
          "EIP-1967 admin slot",
          "0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50",
          "EIP-1967 beacon slot",
          "0x7050c9e0f4ca769c69bd3a8ef740bc37934f8e2c036e5a723fd8ee048ed3f8c3",
          "ZeppelinOS implementation slot",
          "0x10d6a54a4754c8869d6886b5f5d7fbfa5b4522237ea5c60d11bc4e7a1ff9390b",
          "ZeppelinOS admin slot");

  private BytecodeFindings() {}

  static List<Raised> of(Bytecode code) {
    List<Instruction> instructions = Disassembler.disassemble(code);
    List<Raised> raised = new ArrayList<>(functions(instructions));
    raised.addAll(proxySlots(instructions));
    opcode(instructions, Opcodes.DELEGATECALL, FlagKind.PROXY, Severity.MEDIUM)
        .ifPresent(raised::add);
    opcode(instructions, Opcodes.SELFDESTRUCT, FlagKind.SELFDESTRUCT, Severity.HIGH)
        .ifPresent(raised::add);
    opcode(instructions, Opcodes.ORIGIN, FlagKind.TX_ORIGIN, Severity.LOW).ifPresent(raised::add);
    return raised;
  }

  private static List<Raised> functions(List<Instruction> instructions) {
    Map<String, Integer> dispatched = Selectors.dispatched(instructions);
    List<Raised> raised = new ArrayList<>();
    for (RiskSignatures.Signature risky : RiskSignatures.ALL) {
      Integer offset = dispatched.get(risky.selector());
      if (offset != null) {
        String detail =
            risky.signature() + " [" + risky.selector() + "] in the function dispatcher";
        raised.add(
            new Raised(risky.kind(), risky.severity(), new Evidence(SOURCE, detail, offset)));
      }
    }
    return raised;
  }

  /** Each proxy slot once, at its first push. */
  private static List<Raised> proxySlots(List<Instruction> instructions) {
    Map<String, Instruction> firstPush = new LinkedHashMap<>();
    instructions.stream()
        .filter(instruction -> instruction.is(Opcodes.PUSH32))
        .filter(push -> PROXY_SLOTS.containsKey(push.immediateHex()))
        .forEach(push -> firstPush.putIfAbsent(push.immediateHex(), push));
    return firstPush.values().stream()
        .map(
            push ->
                new Raised(
                    FlagKind.UPGRADEABLE,
                    Severity.MEDIUM,
                    new Evidence(
                        SOURCE,
                        PROXY_SLOTS.get(push.immediateHex())
                            + " "
                            + push.immediateHex()
                            + " pushed",
                        push.offset())))
        .toList();
  }

  /** The first occurrence of {@code opcode}, counting the others in the evidence. */
  private static Optional<Raised> opcode(
      List<Instruction> instructions, int opcode, FlagKind kind, Severity severity) {
    List<Instruction> found = instructions.stream().filter(i -> i.is(opcode)).toList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String detail =
        Opcodes.name(opcode)
            + (found.size() == 1 ? " once" : " " + found.size() + " times, first")
            + String.format(" at 0x%04x", found.getFirst().offset());
    return Optional.of(
        new Raised(kind, severity, new Evidence(SOURCE, detail, found.getFirst().offset())));
  }
}
