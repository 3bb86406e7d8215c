package dev.vizzor.market.security.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.client.goplus.GoPlusToken;
import dev.vizzor.market.domain.scan.Evidence;
import dev.vizzor.market.domain.scan.Flag;
import dev.vizzor.market.domain.scan.TokenFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The GoPlus fields the recorded sample leaves at "0" or out (taxes, holders, pools), on an answer
 * built here in GoPlus's format: strings for flags and numbers, numbers for a holder's is_locked.
 */
class GoPlusFindingsTest {
  private static final String HONEYPOT =
      """
      {"is_honeypot": "1", "buy_tax": "0.05", "sell_tax": "0.6", "is_open_source": "0",
       "owner_address": "0x0000000000000000000000000000000000000000",
       "holders": [
         {"address": "0x000000000000000000000000000000000000dead", "percent": "0.30", "is_locked": 0},
         {"address": "0xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "percent": "0.70", "is_locked": 0,
          "tag": "UniswapV2 pool"},
         {"address": "0x1111111111111111111111111111111111111111", "percent": "0.55", "is_locked": 0},
         {"address": "0x2222222222222222222222222222222222222222", "percent": "0.60", "is_locked": 1}],
       "is_in_dex": "1",
       "dex": [{"name": "UniswapV2", "liquidity": "3000.5",
                "pair": "0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
               {"name": "UniswapV3", "liquidity": "1999.5", "pair": "0xbb"}],
       "lp_holders": [
         {"address": "0x000000000000000000000000000000000000dead", "percent": "0.7", "is_locked": 0},
         {"address": "0x3333333333333333333333333333333333333333", "percent": "0.2", "is_locked": 1},
         {"address": "0x4444444444444444444444444444444444444444", "percent": "0.1", "is_locked": 0}]}
      """;

  @Test
  void aHoneypotWithATrapTaxAConcentratedSupplyAndThinPools() throws Exception {
    GoPlusToken token = new GoPlusToken(new ObjectMapper().readTree(HONEYPOT));
    Map<String, Flag> flags =
        Flags.merge(GoPlusFindings.of(token)).stream()
            .collect(Collectors.toMap(Flag::id, flag -> flag));

    assertEquals(
        List.of(
            "closed_source", "holder_concentration", "honeypot", "low_liquidity", "trading_tax"),
        flags.keySet().stream().sorted().toList());
    assertEquals("critical", flags.get("honeypot").severity().wire());
    // the sell tax of 60 % decides the flag's severity; the 5 % buy tax is evidence too
    assertEquals("high", flags.get("trading_tax").severity().wire());
    assertEquals(
        List.of(
            Evidence.of("goplus", "buy_tax = \"0.05\""),
            Evidence.of("goplus", "sell_tax = \"0.6\"")),
        flags.get("trading_tax").evidence());
    // the burn address, the UniswapV2 pool's 70 % and the locked 60 % are left out: 0x1111…
    // with 55 % is the top holder
    assertEquals("high", flags.get("holder_concentration").severity().wire());
    assertEquals(
        "holders: 0x1111111111111111111111111111111111111111 holds 55.00 % of the supply,"
            + " unlocked",
        flags.get("holder_concentration").evidence().getFirst().detail());
    assertEquals(
        "dex: $5000.0 of liquidity over 2 pools",
        flags.get("low_liquidity").evidence().getFirst().detail());
    // 1 - 0.1 (critical) * 0.5 (high) * 0.5 (high) * 0.75 (medium) * 0.75 (medium) = 0.9859
    assertEquals(99, RiskScore.score(List.copyOf(flags.values())));

    TokenFacts facts = GoPlusFindings.facts(token);
    assertEquals(null, facts.ownerAddress(), "ownership given up to the zero address");
    assertEquals(new BigDecimal("0.55"), facts.topHolderPercent());
    assertEquals(new BigDecimal("5000.0"), facts.dexLiquidityUsd());
    assertEquals(new BigDecimal("0.9"), facts.lpLockedPercent()); // 0.7 burnt + 0.2 locked
  }
}
