package dev.vizzor.market.security.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Selectors as published (ERC-20, OpenZeppelin, the 4byte directory) and the dispatchers of two
 * real contracts, with the offsets read off their hex.
 */
class SelectorsTest {

  @Test
  void selectorsOfWellKnownSignatures() {
    Map<String, String> known =
        Map.of(
            "transfer(address,uint256)", "0xa9059cbb",
            "upgradeTo(address)", "0x3659cfe6",
            "changeAdmin(address)", "0x8f283970",
            "admin()", "0xf851a440",
            "implementation()", "0x5c60da1b",
            "pause()", "0x8456cb59",
            "owner()", "0x8da5cb5b",
            "transferOwnership(address)", "0xf2fde38b",
            "mint(address,uint256)", "0x40c10f19");
    known.forEach((signature, selector) -> assertEquals(selector, Selectors.of(signature)));
  }

  @Test
  void usdcProxyDispatchesTheFiveAdminUpgradeabilityProxyFunctions() {
    // DUP1 PUSH4 sel EQ PUSH2 dest JUMPI: 11 bytes per function, the first PUSH4 at 55
    assertEquals(
        Map.of(
            "0x3659cfe6", 55, // upgradeTo(address)
            "0x4f1ef286", 66, // upgradeToAndCall(address,bytes)
            "0x5c60da1b", 77, // implementation()
            "0x8f283970", 88, // changeAdmin(address)
            "0xf851a440", 99), // admin()
        Selectors.dispatched(
            Disassembler.disassemble(Bytecode.parse("bytecode", CodeSamples.usdcProxy()))));
  }

  @Test
  void cryptoKittiesDispatchesPauseAndUnpauseButHasNoOwner() {
    Map<String, Integer> kitties =
        Selectors.dispatched(
            Disassembler.disassemble(Bytecode.parse("bytecode", CodeSamples.cryptoKitties())));

    assertEquals(28, kitties.get("0x01ffc9a7")); // supportsInterface(bytes4), the first entry
    // "638456cb59" sits at hex index 896 of "0x…", "633f4ba83a" at 478: byte (i - 2) / 2
    assertEquals(447, kitties.get("0x8456cb59")); // pause()
    assertEquals(238, kitties.get("0x3f4ba83a")); // unpause()
    assertFalse(kitties.containsKey("0x8da5cb5b")); // owner(): KittyCore has CEO/CFO/COO roles
  }
}
