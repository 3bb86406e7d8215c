package dev.vizzor.market.security.track;

import dev.vizzor.market.security.Chain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mixers and bridges a wallet's counterparties are checked against: {@value #RESOURCE}, one
 * {@code chain,address,category,label,source} per line, each taken from the public source it names
 * (docs/TRACK.md lists them).
 */
final class KnownAddresses {
  static final String RESOURCE = "security/mixers-and-bridges.csv";

  /** A listed address. {@code category} is {@code mixer} or {@code bridge}. */
  record Known(String category, String label, String source) {}

  private final Map<String, Known> byChainAndAddress;

  private KnownAddresses(Map<String, Known> byChainAndAddress) {
    this.byChainAndAddress = Map.copyOf(byChainAndAddress);
  }

  static KnownAddresses bundled() {
    try (InputStream in = KnownAddresses.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KnownAddresses read(BufferedReader lines) throws IOException {
    Map<String, Known> known = new HashMap<>();
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("chain,")) {
        continue;
      }
      String[] cells = line.split(",", 5);
      if (cells.length != 5) {
        throw new IllegalStateException(RESOURCE + ": not five cells: " + line);
      }
      Chain chain = Chain.of(RESOURCE, cells[0]);
      String address = cells[1].strip().toLowerCase(Locale.ROOT);
      if (known.put(key(chain, address), new Known(cells[2], cells[3], cells[4])) != null) {
        throw new IllegalStateException(RESOURCE + ": listed twice: " + address);
      }
    }
    return new KnownAddresses(known);
  }

  Optional<Known> of(Chain chain, String address) {
    return Optional.ofNullable(byChainAndAddress.get(key(chain, address)));
  }

  int size() {
    return byChainAndAddress.size();
  }

  private static String key(Chain chain, String address) {
    return chain.wireName() + ":" + address;
  }
}
