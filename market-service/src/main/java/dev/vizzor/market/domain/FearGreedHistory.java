package dev.vizzor.market.domain;

import java.util.List;

/**
 * The latest index value and up to the requested number of daily values, newest first. When any
 * history was asked for, {@code history.get(0)} is {@code latest}; days the provider has no value
 * for are simply absent (alternative.me's own history has such gaps).
 */
public record FearGreedHistory(FearGreed latest, List<FearGreed> history) {
  public FearGreedHistory {
    history = List.copyOf(history);
  }
}
