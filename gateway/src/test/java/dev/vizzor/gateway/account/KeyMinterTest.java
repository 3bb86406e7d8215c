package dev.vizzor.gateway.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.gateway.support.Sha256;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyMinterTest {
  @Test
  void keysCarry32RandomBytesTheirKindsPrefixAndAreStoredAsSha256() {
    IssuedKey first = KeyMinter.mint(KeyKind.API);
    IssuedKey second = KeyMinter.mint(KeyKind.API);
    assertTrue(first.secret().startsWith("vzk_"));
    assertEquals(32, Base64.getUrlDecoder().decode(first.secret().substring(4)).length);
    assertNotEquals(first.secret(), second.secret());
    assertEquals(32, first.hash().length);
    assertArrayEquals(Sha256.of(first.secret()), first.hash());
    assertEquals(first.secret().substring(0, 12), first.displayPrefix());
  }

  @Test
  void onlyAKeyOfTheExpectedKindAndShapeIsWellFormed() {
    String api = KeyMinter.mint(KeyKind.API).secret();
    String vel = KeyMinter.mint(KeyKind.VELOCITY).secret();
    assertTrue(KeyMinter.wellFormed(api, KeyKind.API));
    assertTrue(KeyMinter.wellFormed(vel, KeyKind.VELOCITY));
    assertFalse(KeyMinter.wellFormed(vel, KeyKind.API));
    assertFalse(KeyMinter.wellFormed(api, KeyKind.VELOCITY));
    assertFalse(KeyMinter.wellFormed(api.substring(0, api.length() - 1), KeyKind.API));
    assertFalse(KeyMinter.wellFormed(api + "A", KeyKind.API));
    assertFalse(KeyMinter.wellFormed(api.replace(api.charAt(10), '!'), KeyKind.API));
  }
}
