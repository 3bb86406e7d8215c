package dev.vizzor.market.security.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.security.CodeUnavailableException;
import org.junit.jupiter.api.Test;

class BytecodeTest {

  @Test
  void hexWithOrWithout0xInEitherCase() {
    assertEquals(
        Bytecode.parse("bytecode", "0x6080604052"), Bytecode.parse("bytecode", " 6080604052 "));
    assertEquals(Bytecode.parse("bytecode", "0XABCD"), Bytecode.parse("bytecode", "abcd"));
  }

  @Test
  void theEmptyCodesHashIsTheOneEveryAccountWithoutCodeHas() {
    assertEquals(
        "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        Bytecode.of(new byte[0]).keccak256());
  }

  @Test
  void codeReadFromAChainOverTheBoundIsNotCheckedAndSaysWhy() {
    CodeUnavailableException tooLarge =
        assertThrows(
            CodeUnavailableException.class, () -> Bytecode.of(new byte[Bytecode.MAX_BYTES + 1]));
    assertEquals(
        "the contract's code is 49153 bytes, over the 49152 the bytecode checks read",
        tooLarge.getMessage());
  }

  @Test
  void badInputIsA400NamingTheField() {
    assertRejected("0x60zz", "bytecode must be hex: 'z' at hex digit 2");
    assertRejected("0x608", "bytecode has an odd number of hex digits");
    assertRejected("0x", "bytecode is empty");
    assertRejected("", "bytecode is required");
    assertRejected("00".repeat(Bytecode.MAX_BYTES + 1), "bytecode may be at most 49152 bytes");
    assertEquals(
        Bytecode.MAX_BYTES, Bytecode.parse("bytecode", "00".repeat(Bytecode.MAX_BYTES)).length());
  }

  private static void assertRejected(String hex, String message) {
    InvalidArgumentException rejected =
        assertThrows(InvalidArgumentException.class, () -> Bytecode.parse("bytecode", hex));
    assertTrue(rejected.getMessage().startsWith(message), rejected.getMessage());
  }
}
