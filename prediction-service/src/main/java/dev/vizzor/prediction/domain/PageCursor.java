package dev.vizzor.prediction.domain;

import java.time.Instant;
import java.util.UUID;

/** Where a page of predictions ended: the last row's creation time and id, newest first. */
public record PageCursor(Instant createdAt, UUID id) {}
