package dev.vizzor.agent.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled capture on the replay clock: its "Up or Down" window is moved, whole, to the window
 * of the same length that contains the market time (windows are aligned to the epoch, as
 * Polymarket's 5-minute series are: the slug ends in the start's epoch seconds). Every instant of
 * the capture moves by the same shift, so the book keeps its place 37 s into the window; the
 * question's ET times and the slug are rewritten to the new window. Prices, sizes, ids are the
 * captured ones.
 */
public final class PolymarketReplayWindow {
  private static final Pattern TITLE = Pattern.compile("^(.*Up or Down) - .*$");
  private static final Pattern SLUG_EPOCH = Pattern.compile("^(.*-)([0-9]+)$");
  private static final ZoneId ET = ZoneId.of("America/New_York");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.US);

  private final Duration shift;
  private final Instant start;
  private final Instant end;

  private PolymarketReplayWindow(Duration shift, Instant start, Instant end) {
    this.shift = shift;
    this.start = start;
    this.end = end;
  }

  /** The window of {@code captured}'s length that contains {@code marketTime}. */
  public static PolymarketReplayWindow containing(PolymarketMarket captured, Instant marketTime) {
    long length = Duration.between(captured.windowStart(), captured.endDate()).toMillis();
    long startMillis = Math.floorDiv(marketTime.toEpochMilli(), length) * length;
    Instant start = Instant.ofEpochMilli(startMillis);
    return new PolymarketReplayWindow(
        Duration.between(captured.windowStart(), start), start, start.plusMillis(length));
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public PolymarketMarket market(PolymarketMarket captured) {
    return new PolymarketMarket(
        captured.conditionId(),
        slug(captured.slug()),
        question(captured.question()),
        captured.outcomes(),
        captured.tokenIds(),
        captured.outcomePrices(),
        start,
        end,
        captured.acceptingOrders(),
        captured.tickSize(),
        captured.minOrderSize(),
        captured.fee());
  }

  public Book book(Book captured) {
    return new Book(
        captured.tokenId(),
        captured.at().plus(shift),
        captured.bids(),
        captured.asks(),
        captured.derived());
  }

  private String question(String captured) {
    Matcher title = TITLE.matcher(captured);
    if (!title.matches()) {
      return captured;
    }
    return title.group(1)
        + " - "
        + DAY.format(start.atZone(ET))
        + ", "
        + TIME.format(start.atZone(ET))
        + "-"
        + TIME.format(end.atZone(ET))
        + " ET";
  }

  private String slug(String captured) {
    Matcher slug = SLUG_EPOCH.matcher(captured);
    return slug.matches() ? slug.group(1) + start.getEpochSecond() : captured;
  }
}
