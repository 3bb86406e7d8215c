package dev.vizzor.market.security.evm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear-sweep EVM disassembler: each opcode is followed by its immediate, so PUSH data is never
 * read as opcodes. Offsets are byte positions in the code, as a debugger or {@code PC} shows them.
 */
public final class Disassembler {
  private Disassembler() {}

  /** Every instruction of {@code code}, Solidity's metadata trailer left out (it is data). */
  public static List<Instruction> disassemble(Bytecode code) {
    return disassemble(code.bytes(), code.length() - code.metadataLength());
  }

  /** Every instruction in the first {@code end} bytes of {@code code}. */
  static List<Instruction> disassemble(byte[] code, int end) {
    List<Instruction> instructions = new ArrayList<>();
    int offset = 0;
    while (offset < end) {
      int opcode = code[offset] & 0xff;
      int dataEnd = Math.min(end, offset + 1 + Opcodes.immediateSize(opcode));
      byte[] immediate = Arrays.copyOfRange(code, offset + 1, dataEnd);
      instructions.add(new Instruction(offset, opcode, immediate));
      offset = dataEnd;
    }
    return instructions;
  }
}
