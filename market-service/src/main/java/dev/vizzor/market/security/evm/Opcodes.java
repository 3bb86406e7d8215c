package dev.vizzor.market.security.evm;

/**
 * The EVM's opcodes (Cancun) by byte: mnemonic and the size of the immediate that follows (only
 * PUSH1..PUSH32 have one). A byte no fork assigns disassembles as {@code INVALID_0x..}: the EVM
 * treats it as INVALID, yet it may still be data that code jumps over.
 */
public final class Opcodes {
  public static final int MOD = 0x06;
  public static final int EQ = 0x14;
  public static final int KECCAK256 = 0x20;
  public static final int ORIGIN = 0x32;
  public static final int CALLER = 0x33;
  public static final int BLOCKHASH = 0x40;
  public static final int COINBASE = 0x41;
  public static final int TIMESTAMP = 0x42;
  public static final int NUMBER = 0x43;
  public static final int PREVRANDAO = 0x44;
  public static final int POP = 0x50;
  public static final int JUMPI = 0x57;
  public static final int PUSH0 = 0x5f;
  public static final int PUSH1 = 0x60;
  public static final int PUSH4 = 0x63;
  public static final int PUSH32 = 0x7f;
  public static final int DUP1 = 0x80;
  public static final int SWAP16 = 0x9f;
  public static final int CALL = 0xf1;
  public static final int CALLCODE = 0xf2;
  public static final int DELEGATECALL = 0xf4;
  public static final int SELFDESTRUCT = 0xff;

  private static final String[] NAMES = new String[256];

  static {
    name(
        0x00, "STOP", "ADD", "MUL", "SUB", "DIV", "SDIV", "MOD", "SMOD", "ADDMOD", "MULMOD", "EXP");
    name(0x0b, "SIGNEXTEND");
    name(0x10, "LT", "GT", "SLT", "SGT", "EQ", "ISZERO", "AND", "OR", "XOR", "NOT", "BYTE", "SHL");
    name(0x1c, "SHR", "SAR");
    name(0x20, "KECCAK256");
    name(0x30, "ADDRESS", "BALANCE", "ORIGIN", "CALLER", "CALLVALUE", "CALLDATALOAD");
    name(0x36, "CALLDATASIZE", "CALLDATACOPY", "CODESIZE", "CODECOPY", "GASPRICE", "EXTCODESIZE");
    name(0x3c, "EXTCODECOPY", "RETURNDATASIZE", "RETURNDATACOPY", "EXTCODEHASH");
    name(0x40, "BLOCKHASH", "COINBASE", "TIMESTAMP", "NUMBER", "PREVRANDAO", "GASLIMIT");
    name(0x46, "CHAINID", "SELFBALANCE", "BASEFEE", "BLOBHASH", "BLOBBASEFEE");
    name(0x50, "POP", "MLOAD", "MSTORE", "MSTORE8", "SLOAD", "SSTORE", "JUMP", "JUMPI", "PC");
    name(0x59, "MSIZE", "GAS", "JUMPDEST", "TLOAD", "TSTORE", "MCOPY", "PUSH0");
    for (int n = 1; n <= 32; n++) {
      NAMES[PUSH0 + n] = "PUSH" + n;
    }
    for (int n = 1; n <= 16; n++) {
      NAMES[0x7f + n] = "DUP" + n;
      NAMES[0x8f + n] = "SWAP" + n;
    }
    name(0xa0, "LOG0", "LOG1", "LOG2", "LOG3", "LOG4");
    name(0xf0, "CREATE", "CALL", "CALLCODE", "RETURN", "DELEGATECALL", "CREATE2");
    name(0xfa, "STATICCALL");
    name(0xfd, "REVERT", "INVALID", "SELFDESTRUCT");
  }

  private Opcodes() {}

  private static void name(int first, String... names) {
    System.arraycopy(names, 0, NAMES, first, names.length);
  }

  /** {@code PUSH4}, {@code DELEGATECALL}, or {@code INVALID_0x0c} for an unassigned byte. */
  public static String name(int opcode) {
    String name = NAMES[opcode];
    return name != null ? name : String.format("INVALID_0x%02x", opcode);
  }

  /** Bytes of immediate data after the opcode: n for PUSHn, else 0 (PUSH0 pushes no data). */
  public static int immediateSize(int opcode) {
    return opcode >= PUSH1 && opcode <= PUSH32 ? opcode - PUSH0 : 0;
  }

  public static boolean isPush(int opcode) {
    return opcode >= PUSH0 && opcode <= PUSH32;
  }

  /** DUP1..DUP16 and SWAP1..SWAP16: stack shuffles a dispatcher may put between PUSH4 and EQ. */
  public static boolean isStackShuffle(int opcode) {
    return opcode >= DUP1 && opcode <= SWAP16;
  }
}
