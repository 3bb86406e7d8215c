package dev.vizzor.market.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assets this service serves by default: the eight whose real Binance candles are bundled for
 * the replay. CoinGecko names coins by id, not ticker, so each carries its CoinGecko id; the map is
 * explicit on purpose, because tickers are ambiguous there (dozens of coins call themselves "SOL").
 */
public enum KnownAsset {
  BTC("Bitcoin", "bitcoin"),
  ETH("Ethereum", "ethereum"),
  BNB("BNB", "binancecoin"),
  SOL("Solana", "solana"),
  XRP("XRP", "ripple"),
  DOGE("Dogecoin", "dogecoin"),
  ADA("Cardano", "cardano"),
  LINK("Chainlink", "chainlink");

  private final String displayName;
  private final String coinGeckoId;

  KnownAsset(String displayName, String coinGeckoId) {
    this.displayName = displayName;
    this.coinGeckoId = coinGeckoId;
  }

  public Asset asset() {
    return Asset.of(name());
  }

  public String displayName() {
    return displayName;
  }

  public String coinGeckoId() {
    return coinGeckoId;
  }

  public static Set<Asset> assets() {
    return Arrays.stream(values()).map(KnownAsset::asset).collect(Collectors.toUnmodifiableSet());
  }
}
