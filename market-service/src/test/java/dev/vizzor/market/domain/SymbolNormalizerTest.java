package dev.vizzor.market.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolNormalizerTest {

  @ParameterizedTest(name = "\"{0}\" is {1}/USDT")
  @CsvSource(
      delimiter = '|',
      value = {
        "btc       | BTC",
        "BTC       | BTC",
        "BTCUSDT   | BTC",
        "btcusdt   | BTC",
        "BTC/USDT  | BTC",
        "btc-usdt  | BTC",
        "btc_usdt  | BTC",
        "' eth '   | ETH",
        "Eth/Usdt  | ETH",
        "DOGEUSDT  | DOGE",
        "1inch     | 1INCH",
        "PEPE      | PEPE",
      })
  void normalises(String input, String base) {
    Asset asset = SymbolNormalizer.normalize(input);
    assertEquals(Asset.of(base), asset);
    assertEquals(base + "USDT", asset.pair());
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(
      strings = {
        "",
        "   ",
        "ABCDEFGHIJKLMNOPQRSTU",
        "BTC USDT",
        "BTC/",
        "/USDT",
        "BTC//USDT",
        "BTC/USDT/X",
        "ETH/BTC",
        "btc-eur",
        "BTC$",
        "<script>",
        "BTC;DROP",
        "bit\tcoin",
        "USDT",
        "usdt/usdt",
        "₿"
      })
  void rejectsGarbage(String input) {
    assertThrows(InvalidSymbolException.class, () -> SymbolNormalizer.normalize(input));
  }

  @org.junit.jupiter.api.Test
  void rejectsNull() {
    assertThrows(InvalidSymbolException.class, () -> SymbolNormalizer.normalize(null));
  }
}
