package dev.vizzor.strategy;

import java.time.Instant;

/**
 * One round trip. Prices are the fills (slippage included); {@code fees} both sides'; {@code pnl}
 * after fees; {@code closedAtEnd} when the data ended with the position open and it was closed at
 * the last close.
 */
public record Trade(
    String side,
    Instant entryTime,
    double entryPrice,
    Instant exitTime,
    double exitPrice,
    double quantity,
    double fees,
    double pnl,
    boolean closedAtEnd) {}
