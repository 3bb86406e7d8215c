package dev.vizzor.common.paging;

import java.util.List;

/** One page of a list, newest first; {@code nextCursor} null on the last. */
public record Page<T>(List<T> items, String nextCursor) {}
