package dev.vizzor.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
  private final VerifiedTokens tokens =
      new VerifiedTokens(
          new Clock() {
            @Override
            public Instant instant() {
              return now.get();
            }

            @Override
            public ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }
          });

  /** A verified token as far as the cache cares: a subject and an expiry. */
  private static JsonWebToken expiringAt(String subject, long exp) {
    return new JsonWebToken() {
      @Override
      public String getName() {
        return subject;
      }

      @Override
      public Set<String> getClaimNames() {
        return Set.of("sub", "exp");
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T getClaim(String claimName) {
        return (T) (claimName.equals("exp") ? (Object) exp : subject);
      }

      @Override
      public long getExpirationTime() {
        return exp;
      }
    };
  }

  @Test
  void aTokenNeverVerifiedMustBeVerified() {
    assertNull(tokens.lookup("header.payload.signature"));
  }

  @Test
  void aVerifiedTokenComesBackUntilItsExpiry() {
    JsonWebToken verified = expiringAt("account-1", T0.getEpochSecond() + 120);
    tokens.remember("a.b.c", verified);

    now.set(T0.plusSeconds(119));
    assertSame(verified, tokens.lookup("a.b.c"));

    now.set(T0.plusSeconds(120));
    assertNull(tokens.lookup("a.b.c"), "at exp the token goes back to full verification");
    assertEquals(0, tokens.size());
  }

  @Test
  void onlyTheExactTokenTextMatches() {
    tokens.remember("a.b.c", expiringAt("account-1", T0.getEpochSecond() + 120));

    assertNull(tokens.lookup("a.b.d"));
    assertNull(tokens.lookup("a.b.c "));
  }

  @Test
  void aFullCacheSweepsExpiredEntriesAndOtherwiseStopsRemembering() {
    long soon = T0.getEpochSecond() + 10;
    for (int i = 0; i < VerifiedTokens.MAX_ENTRIES; i++) {
      tokens.remember("token-" + i, expiringAt("a", i < 100 ? soon : soon + 1000));
    }
    tokens.remember("one-more", expiringAt("b", soon + 1000));
    assertNull(tokens.lookup("one-more"), "full of live entries: not remembered");

    now.set(T0.plusSeconds(10));
    tokens.remember("after-expiry", expiringAt("c", soon + 1000));
    assertEquals(VerifiedTokens.MAX_ENTRIES - 100 + 1, tokens.size());
    assertEquals("c", tokens.lookup("after-expiry").getName());
  }

  @Test
  void aFullCacheIsSweptAtMostOnceASecond() {
    long soon = T0.getEpochSecond() + 10;
    for (int i = 0; i < VerifiedTokens.MAX_ENTRIES; i++) {
      tokens.remember("token-" + i, expiringAt("a", i < 100 ? soon : soon + 1000));
    }
    now.set(T0.plusSeconds(10));
    tokens.remember("swept-for", expiringAt("b", soon + 1000));
    for (int i = 0; tokens.size() < VerifiedTokens.MAX_ENTRIES; i++) {
      tokens.remember("expired-" + i, expiringAt("c", soon));
    }

    tokens.remember("same-second", expiringAt("d", soon + 1000));
    assertNull(tokens.lookup("same-second"), "no second sweep within the second");

    now.set(T0.plusSeconds(11));
    tokens.remember("next-second", expiringAt("e", soon + 1000));
    assertEquals("e", tokens.lookup("next-second").getName());
    assertEquals("b", tokens.lookup("swept-for").getName());
  }
}
