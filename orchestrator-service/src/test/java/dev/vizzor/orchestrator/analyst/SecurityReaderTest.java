package dev.vizzor.orchestrator.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How the local analyst reads a security question: the check asked, and about what. */
class SecurityReaderTest {
  private static final String CAKE = "0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82";

  @Test
  void anAddressOnANamedChainIsScannedWithTheAddressInLowerCase() {
    SecurityReader.Read read =
        SecurityReader.read("Is 0x0E09FaBB73Bd3Ade0a17ECC321fD13a19e81cE82 on BSC a honeypot?");
    assertEquals(Ask.SCAN, read.ask());
    assertEquals(new SecurityTarget("bsc", true, CAKE, null, null), read.target());
  }

  @Test
  void aTokenStandardNamesNoChain() {
    SecurityReader.Read read =
        SecurityReader.read("is the ERC-20 token " + CAKE + " on bsc a scam?");
    assertEquals(new SecurityTarget("bsc", true, CAKE, null, null), read.target());
    assertEquals(Ask.SCAN, read.ask());
  }

  @Test
  void anAuditWithoutAChainNamedAssumesEthereumAndSaysSo() {
    SecurityReader.Read read =
        SecurityReader.read("audit contract 0x7780e86699e941254c8f4d9b7eb08ff7e96bbe10");
    assertEquals(Ask.AUDIT, read.ask());
    assertEquals(
        new SecurityTarget(
            "ethereum", false, "0x7780e86699e941254c8f4d9b7eb08ff7e96bbe10", null, null),
        read.target());
  }

  @Test
  void aWalletQuestionTracksTheWalletOnTheChainByAnyOfItsNames() {
    SecurityReader.Read read =
        SecurityReader.read("track wallet 0x5dbcf33d8c2e976c6b560249878e6f1491bca25c on matic");
    assertEquals(Ask.TRACK, read.ask());
    assertEquals("polygon", read.target().chain());
  }

  @Test
  void pastedSolidityIsAuditedFromItsFirstLineOfCode() {
    SecurityReader.Read read =
        SecurityReader.read(
            "is this safe?\npragma solidity ^0.4.24;\ncontract Bank {\n  uint x;\n}\n");
    assertEquals(Ask.AUDIT, read.ask());
    assertEquals(
        "pragma solidity ^0.4.24;\ncontract Bank {\n  uint x;\n}\n", read.target().source());
  }

  @Test
  void aFencedSourceIsAuditedWithoutTheFence() {
    SecurityReader.Read read =
        SecurityReader.read("Audit this:\n```solidity\ncontract A {\n}\n```\nthanks");
    assertEquals("contract A {\n}\n", read.target().source());
  }

  @Test
  void pastedCodeIsScannedAsBytecode() {
    String code = "0x" + "6080604052".repeat(12);
    SecurityReader.Read read = SecurityReader.read("scan this code " + code);
    assertEquals(Ask.SCAN, read.ask());
    assertEquals(new SecurityTarget(null, false, null, code, null), read.target());
  }

  @Test
  void aTransactionHashIsNoAddressAndPlainQuestionsAskNoCheck() {
    assertNull(SecurityReader.read("what happened in 0x" + "ab".repeat(32) + "?"));
    assertNull(SecurityReader.read("what is the price of BTC on ethereum?"));
  }
}
