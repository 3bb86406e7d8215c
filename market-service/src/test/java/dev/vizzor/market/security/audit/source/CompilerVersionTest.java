package dev.vizzor.market.security.audit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lowest compiler a pragma accepts, which decides the rules that apply (Solidity's docs). */
class CompilerVersionTest {
  @Test
  void aCaretOrAnExactVersionIsItsOwnLowestVersion() {
    assertEquals("0.4.24", CompilerVersion.ofPragma("^0.4.24").label());
    assertEquals("0.8.19", CompilerVersion.ofPragma("0.8.19").label());
    assertEquals("0.5.1", CompilerVersion.ofPragma("=0.5.1").label());
  }

  @Test
  void aRangeStartsAtItsLowerBoundAndAnUpperBoundAloneAcceptsTheOldest() {
    assertEquals("0.4.22", CompilerVersion.ofPragma(">=0.4.22 <0.6.0").label());
    assertEquals("0.7.7", CompilerVersion.ofPragma(">0.7.6").label());
    assertEquals("0.4.0", CompilerVersion.ofPragma("<0.8.0").label());
    assertFalse(CompilerVersion.ofPragma("<0.8.0").atLeast(8, 0));
  }

  @Test
  void alternativesAcceptTheLowestOfThem() {
    CompilerVersion either = CompilerVersion.ofPragma("^0.8.0 || ^0.7.6");
    assertEquals("0.7.6", either.label());
    // a 0.7 compiler wraps on overflow: the checked arithmetic of 0.8 cannot be assumed
    assertFalse(either.atLeast(8, 0));
    assertTrue(CompilerVersion.ofPragma("^0.8.0 || >=0.8.4").atLeast(8, 0));
  }
}
