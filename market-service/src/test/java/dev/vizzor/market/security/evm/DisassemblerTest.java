package dev.vizzor.market.security.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The disassembler on real code. Expected offsets are read off the hex by hand: USDC's proxy starts
 * {@code 6080 6040 52 6004 36 10 61006d 57 6000 35 7c<29 bytes> 90 04 63ffffffff 16 80 633659cfe6
 * 14 610077 57}, CryptoKitties' {@code 6060 6040 52 6004 36 10 6102a5 57 63ffffffff 60e0 6002 0a
 * 6000 35 04 16 6301ffc9a7 81 14 6102dd 57}.
 */
class DisassemblerTest {

  @Test
  void pushDataIsSkippedNotReadAsOpcodes() {
    Map<Integer, Instruction> usdc = byOffset(Bytecode.parse("bytecode", CodeSamples.usdcProxy()));

    assertEquals("0x0000 PUSH1 0x80", usdc.get(0).toString());
    assertEquals("0x0009 PUSH2 0x006d", usdc.get(9).toString());
    assertEquals("PUSH29", usdc.get(16).name());
    assertEquals(29, usdc.get(16).immediate().length);
    for (int inside = 17; inside < 46; inside++) {
      assertFalse(usdc.containsKey(inside), "no instruction inside PUSH29's data at " + inside);
    }
    assertEquals("SWAP1", usdc.get(46).name());
    assertEquals("0x0037 PUSH4 0x3659cfe6", usdc.get(55).toString());
    assertEquals("EQ", usdc.get(60).name());
    assertEquals("0x003d PUSH2 0x0077", usdc.get(61).toString());
    assertEquals("JUMPI", usdc.get(64).name());
    // the proxy's _delegate: calldatacopy(0, 0, calldatasize); delegatecall(gas, impl, 0, size, 0,
    // 0)
    assertEquals("GAS", usdc.get(1679).name());
    assertEquals("DELEGATECALL", usdc.get(1680).name());

    Map<Integer, Instruction> kitties =
        byOffset(Bytecode.parse("bytecode", CodeSamples.cryptoKitties()));
    assertEquals("0x000d PUSH4 0xffffffff", kitties.get(13).toString());
    assertEquals("EXP", kitties.get(22).name());
    assertEquals("0x001c PUSH4 0x01ffc9a7", kitties.get(28).toString());
    assertEquals("DUP2", kitties.get(33).name());
    assertEquals("EQ", kitties.get(34).name());
    assertEquals("JUMPI", kitties.get(38).name());
  }

  @Test
  void theInstructionsCoverTheCodeUpToTheMetadataTrailer() {
    Bytecode usdc = Bytecode.parse("bytecode", CodeSamples.usdcProxy());
    // solc 0.4.24 ends with a1 65 "bzzr0" 58 20 <32-byte Swarm hash> 0029: 0x29 bytes + 2
    assertEquals(2186, usdc.length());
    assertEquals(0x29 + 2, usdc.metadataLength());

    List<Instruction> instructions = Disassembler.disassemble(usdc);
    int next = 0;
    for (Instruction instruction : instructions) {
      assertEquals(next, instruction.offset());
      next += instruction.size();
    }
    assertEquals(2186 - 43, next);
    // 0x32 (ORIGIN) occurs in the Swarm hash at 2176: data, so no instruction
    assertTrue(instructions.stream().noneMatch(i -> i.is(Opcodes.ORIGIN)));
  }

  @Test
  void truncatedPushPush0AndUnassignedBytes() {
    List<Instruction> code =
        Disassembler.disassemble(Bytecode.parse("bytecode", "0x5f 0c 6001 62ff".replace(" ", "")));

    assertEquals(
        List.of("0x0000 PUSH0", "0x0001 INVALID_0x0c", "0x0002 PUSH1 0x01", "0x0004 PUSH3 0xff"),
        code.stream().map(Instruction::toString).toList());
    assertFalse(code.get(2).truncated());
    assertTrue(code.get(3).truncated(), "PUSH3 with 1 of its 3 bytes");
  }

  private static Map<Integer, Instruction> byOffset(Bytecode code) {
    return Disassembler.disassemble(code).stream()
        .collect(Collectors.toMap(Instruction::offset, Function.identity()));
  }
}
