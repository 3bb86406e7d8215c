package dev.vizzor.prediction.client;

import dev.vizzor.chronovisor.Bar;
import java.time.Instant;
import java.util.List;

/** Candles market-service answered for {@code [from, to)}, and which source they came from. */
public record CandleRange(Instant from, Instant to, String source, List<Bar> bars) {}
