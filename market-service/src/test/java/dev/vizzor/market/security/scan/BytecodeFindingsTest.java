package dev.vizzor.market.security.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.market.domain.scan.Evidence;
import dev.vizzor.market.domain.scan.Flag;
import dev.vizzor.market.security.evm.Bytecode;
import dev.vizzor.market.security.evm.CodeSamples;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bytecode checks on real contracts; offsets as read off the hex (DisassemblerTest). */
class BytecodeFindingsTest {

  @Test
  void usdcsProxyIsAnUpgradeableProxy() {
    Map<String, Flag> flags = flags(CodeSamples.usdcProxy());

    assertEquals(List.of("proxy", "upgradeable"), flags.keySet().stream().sorted().toList());
    assertEquals(
        List.of(
            new Evidence(
                "bytecode", "implementation() [0x5c60da1b] in the function dispatcher", 77),
            new Evidence("bytecode", "admin() [0xf851a440] in the function dispatcher", 99),
            new Evidence("bytecode", "DELEGATECALL once at 0x0690", 1680)),
        flags.get("proxy").evidence());
    List<Evidence> upgradeable = flags.get("upgradeable").evidence();
    assertEquals(
        List.of(
            new Evidence(
                "bytecode", "upgradeTo(address) [0x3659cfe6] in the function dispatcher", 55),
            new Evidence(
                "bytecode",
                "upgradeToAndCall(address,bytes) [0x4f1ef286] in the function dispatcher",
                66),
            new Evidence(
                "bytecode", "changeAdmin(address) [0x8f283970] in the function dispatcher", 88)),
        upgradeable.subList(0, 3));
    // keccak-256("org.zeppelinos.proxy.implementation"), first pushed by the PUSH32 ("7f") at 1621
    assertEquals(
        new Evidence(
            "bytecode",
            "ZeppelinOS implementation slot"
                + " 0x7050c9e0f4ca769c69bd3a8ef740bc37934f8e2c036e5a723fd8ee048ed3f8c3 pushed",
            1621),
        upgradeable.get(3));
    assertEquals("medium", flags.get("proxy").severity().wire());
    flags.values().forEach(flag -> assertEquals(List.of("bytecode"), flag.sources()));
  }

  @Test
  void cryptoKittiesCanBePausedAndHasNoProxyOwnerOrSelfdestruct() {
    Map<String, Flag> flags = flags(CodeSamples.cryptoKitties());

    assertEquals(List.of("pausable"), List.copyOf(flags.keySet()));
    assertEquals(
        List.of(447, 238),
        flags.get("pausable").evidence().stream().map(Evidence::offset).toList());
  }

  @Test
  void selfdestructAndOriginAreFoundAsOpcodesOnly() {
    // ORIGIN, PUSH1 0x32 (an ORIGIN byte as data), SELFDESTRUCT
    Map<String, Flag> flags = flags("0x326032ff");

    assertEquals(
        new Evidence("bytecode", "ORIGIN once at 0x0000", 0),
        flags.get("tx_origin").evidence().getFirst());
    assertEquals(
        new Evidence("bytecode", "SELFDESTRUCT once at 0x0003", 3),
        flags.get("selfdestruct").evidence().getFirst());
    assertEquals(1, flags.get("tx_origin").evidence().size());
  }

  private static Map<String, Flag> flags(String hex) {
    return Flags.merge(BytecodeFindings.of(Bytecode.parse("bytecode", hex))).stream()
        .collect(Collectors.toMap(Flag::id, flag -> flag));
  }
}
