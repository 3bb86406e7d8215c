package dev.vizzor.market.security.evm;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.Hash;

/**
 * Function selectors: the first 4 bytes of keccak-256 of a signature such as {@code
 * transfer(address,uint256)}, and the ones a contract's dispatcher compares the call data with.
 */
public final class Selectors {
  private static final HexFormat HEX = HexFormat.of();

  private Selectors() {}

  /**
   * {@code "upgradeTo(address)"} → {@code "0x3659cfe6"}: the first 4 bytes of web3j's keccak-256 of
   * the signature, which must be in canonical ABI form (no spaces or names, {@code uint256}).
   */
  public static String of(String signature) {
    return Hash.sha3String(signature).substring(0, 10);
  }

  /**
   * The selectors Solidity's dispatcher tests, each with the offset of the PUSH holding it, in code
   * order: {@code PUSH4 sel, [DUPn|SWAPn], EQ, PUSHn dest, JUMPI} (legacy and via-IR code alike;
   * the optimiser pushes a selector with leading zero bytes in fewer than 4 bytes). A PUSH4 used
   * otherwise, as for an outgoing call, is not followed by this jump and is not reported; nor is a
   * zero, which is a test for zero rather than a selector.
   */
  public static Map<String, Integer> dispatched(List<Instruction> code) {
    Map<String, Integer> selectors = new LinkedHashMap<>();
    for (int i = 0; i < code.size(); i++) {
      Instruction push = code.get(i);
      int eq =
          i + 1 < code.size() && Opcodes.isStackShuffle(code.get(i + 1).opcode()) ? i + 2 : i + 1;
      if (isSelectorPush(push) && jumpsOnEqual(code, eq)) {
        selectors.putIfAbsent(selector(push), push.offset());
      }
    }
    return selectors;
  }

  private static boolean isSelectorPush(Instruction push) {
    return push.opcode() >= Opcodes.PUSH1
        && push.opcode() <= Opcodes.PUSH4
        && !push.truncated()
        && push.value().signum() != 0;
  }

  private static boolean jumpsOnEqual(List<Instruction> code, int eq) {
    return eq + 2 < code.size()
        && code.get(eq).is(Opcodes.EQ)
        && code.get(eq + 1).isPush()
        && code.get(eq + 2).is(Opcodes.JUMPI);
  }

  private static String selector(Instruction push) {
    byte[] four = new byte[4];
    byte[] data = push.immediate();
    System.arraycopy(data, 0, four, 4 - data.length, data.length);
    return "0x" + HEX.formatHex(four);
  }
}
