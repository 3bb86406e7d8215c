package dev.vizzor.agent.domain;

import dev.vizzor.chronovisor.Bar;
import java.time.Instant;
import java.util.List;

/** Closed hourly candles market-service answered for {@code [from, to)}, and their source. */
public record CandleRange(Instant from, Instant to, String source, List<Bar> bars) {}
