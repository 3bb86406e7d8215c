package dev.vizzor.notification.domain;

import java.util.Map;

/** A rule that fired on a tick: the sentence for its owner and the facts it fired on. */
public record Firing(ArmedRule rule, String message, Map<String, Object> data) {}
