package dev.vizzor.market.security.evm;

import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.security.CodeUnavailableException;
import java.util.Arrays;
import java.util.HexFormat;
import org.web3j.crypto.Hash;

/**
 * EVM code as bytes: deployed (runtime) code or creation code. Parsed from caller input with a size
 * bound and a 400 that names the field; compared and cached by its keccak-256.
 */
public final class Bytecode {
  /**
   * EIP-3860's limit on creation code (2 × EIP-170's 24 KiB runtime limit): nothing a chain runs is
   * larger, so anything larger is not code.
   */
  public static final int MAX_BYTES = 49_152;

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] code;

  private Bytecode(byte[] code) {
    this.code = code;
  }

  /**
   * Code read from a chain (e.g. {@code eth_getCode}). Over {@link #MAX_BYTES} (only a chain
   * without Ethereum's code-size limit has such code) the checks do not run, and say why.
   */
  public static Bytecode of(byte[] code) {
    if (code.length > MAX_BYTES) {
      throw new CodeUnavailableException(
          "the contract's code is "
              + code.length
              + " bytes, over the "
              + MAX_BYTES
              + " the bytecode checks read");
    }
    return new Bytecode(code.clone());
  }

  /**
   * The code a request's {@code field} holds as hex ({@code 0x} optional, either case), or a 400
   * naming the field: empty, odd length, a non-hex character (with its position) or over the limit.
   */
  public static Bytecode parse(String field, String hex) {
    if (hex == null || hex.isBlank()) {
      throw new InvalidArgumentException(field + " is required: the contract's code as hex");
    }
    String digits = hex.strip();
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      digits = digits.substring(2);
    }
    if (digits.isEmpty()) {
      throw new InvalidArgumentException(field + " is empty: there is no code to check");
    }
    if (digits.length() > 2 * MAX_BYTES) {
      throw new InvalidArgumentException(
          field + " may be at most " + MAX_BYTES + " bytes (EIP-3860), got " + digits.length() / 2);
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        throw new InvalidArgumentException(
            field + " must be hex: '" + digits.charAt(i) + "' at hex digit " + i);
      }
    }
    if (digits.length() % 2 != 0) {
      throw new InvalidArgumentException(field + " has an odd number of hex digits");
    }
    return new Bytecode(HEX.parseHex(digits));
  }

  public int length() {
    return code.length;
  }

  /** A copy: the code never changes once parsed. */
  public byte[] bytes() {
    return code.clone();
  }

  /** {@code 0x}-prefixed keccak-256 of the code: the code hash the EVM itself reports. */
  public String keccak256() {
    return "0x" + HEX.formatHex(Hash.sha3(code));
  }

  /**
   * How many trailing bytes are Solidity's CBOR metadata (and its 2-byte length): data, not code,
   * which would otherwise disassemble into chance opcodes (an IPFS or Swarm hash holds any byte).
   * Zero when the code does not end in such a trailer.
   */
  public int metadataLength() {
    if (code.length < 2) {
      return 0;
    }
    int length = ((code[code.length - 2] & 0xff) << 8) | (code[code.length - 1] & 0xff);
    int start = code.length - 2 - length;
    if (length < 2 || start < 0) {
      return 0;
    }
    // A CBOR map of 1-5 entries opens it, its first key a short text ("ipfs", "bzzr0", "solc").
    int map = code[start] & 0xff;
    int key = code[start + 1] & 0xff;
    return map >= 0xa1 && map <= 0xa5 && key >= 0x61 && key <= 0x77 ? length + 2 : 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytecode that && Arrays.equals(code, that.code);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(code);
  }

  @Override
  public String toString() {
    return code.length + " bytes, keccak-256 " + keccak256();
  }
}
