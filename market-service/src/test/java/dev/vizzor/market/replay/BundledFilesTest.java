package dev.vizzor.market.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled files are byte for byte the ones PROVENANCE.md (and shared/data/README.md) name. */
class BundledFilesTest {
  private static final Map<String, String> SHA256 =
      Map.of(
          "BTCUSDT_1h.csv.gz", "0b0a48b16b5e5e581e9ffa9a2e58523d9fee80f6e1350c8f16d7f2398ef301a0",
          "ETHUSDT_1h.csv.gz", "e62b02a2cbcbfe582d5769150b04b396d3f4c6041126d3452b062c0c9256e12f",
          "BNBUSDT_1h.csv.gz", "65bfdc8f2cf4d08c479d72d44b01e0a89eeac73735b9331a19fd3edfb7936d66",
          "SOLUSDT_1h.csv.gz", "7e535b55341e2222db4021be3313fafd537b0c49b959921f045a894f99246cdf",
          "XRPUSDT_1h.csv.gz", "062ff965da535e6e613cb6161eaaea663be2cbbd13081d1d856602eebcc35e0d",
          "DOGEUSDT_1h.csv.gz", "55c39a596245cfc7a0ed7eb82550f52ecea9f3e15a3babfc97642e204f79fcf6",
          "ADAUSDT_1h.csv.gz", "7c0fa3212d0dc411c31617a37c9af558a42cc417e012a25f208285a5f1af3d6e",
          "LINKUSDT_1h.csv.gz", "96c969f925cdee2fe50e7d46b7cec6429bbad9c4991fcdfa952a0ec3955ed49a",
          "fear_and_greed_index_alternative_me.csv",
              "71f657464187d4bfe43ac42fa4d9415911ed8aa38322053271e73f912d700e53",
          "dexscreener_pairs_solana_3pairs.capture.json",
              "b28fa79a6969b1ff3d097d5c9c1b42e03dca01fdde2053d4549726edae49a006");

  @Test
  void everyBundledFileHasItsDocumentedChecksum() throws Exception {
    for (Map.Entry<String, String> file : SHA256.entrySet()) {
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream("replay/" + file.getKey())) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
        assertEquals(file.getValue(), HexFormat.of().formatHex(digest), file.getKey());
      }
    }
  }
}
