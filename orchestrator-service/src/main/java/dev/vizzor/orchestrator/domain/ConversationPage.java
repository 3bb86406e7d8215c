package dev.vizzor.orchestrator.domain;

import java.util.List;

/** One page of the caller's conversations, newest first; {@code nextCursor} null on the last. */
public record ConversationPage(List<ConversationView> items, String nextCursor) {}
