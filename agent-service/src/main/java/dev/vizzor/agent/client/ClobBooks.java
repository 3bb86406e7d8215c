package dev.vizzor.agent.client;

import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.BookLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The CLOB's book as a {@link Book}, shared by the live client and the bundled capture. */
public final class ClobBooks {
  private ClobBooks() {}

  public static Book of(ClobBook wire, String tokenId) {
    Instant at =
        wire.timestamp() == null ? null : Instant.ofEpochMilli(Long.parseLong(wire.timestamp()));
    return new Book(
        wire.assetId() == null ? tokenId : wire.assetId(),
        at,
        levels(wire.bids()),
        levels(wire.asks()),
        false);
  }

  private static List<BookLevel> levels(List<ClobBook.Level> levels) {
    return levels == null
        ? List.of()
        : levels.stream()
            .map(l -> new BookLevel(new BigDecimal(l.price()), new BigDecimal(l.size())))
            .toList();
  }
}
