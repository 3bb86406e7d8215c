package dev.vizzor.market.security.evm;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One disassembled instruction at its byte offset in the code. {@code immediate} is the PUSH data
 * (empty for every other opcode); {@code truncated} when the code ends inside it, which the EVM
 * pads with zero bytes.
 */
public record Instruction(int offset, int opcode, byte[] immediate) {
  private static final HexFormat HEX = HexFormat.of();

  public String name() {
    return Opcodes.name(opcode);
  }

  public boolean is(int opcode) {
    return this.opcode == opcode;
  }

  public boolean isPush() {
    return Opcodes.isPush(opcode);
  }

  public boolean truncated() {
    return immediate.length < Opcodes.immediateSize(opcode);
  }

  /** The bytes this instruction takes in the code. */
  public int size() {
    return 1 + immediate.length;
  }

  /** The PUSH data as {@code 0x}-prefixed hex, as written in the code (leading zeros kept). */
  public String immediateHex() {
    return "0x" + HEX.formatHex(immediate);
  }

  /** The PUSH data as the unsigned number the EVM pushes (zero for PUSH0). */
  public BigInteger value() {
    return new BigInteger(1, immediate);
  }

  @Override
  public String toString() {
    String at = String.format("0x%04x %s", offset, name());
    return immediate.length == 0 ? at : at + " " + immediateHex();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Instruction that
        && offset == that.offset
        && opcode == that.opcode
        && Arrays.equals(immediate, that.immediate);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * offset + opcode) + Arrays.hashCode(immediate);
  }
}
