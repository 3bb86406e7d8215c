package dev.vizzor.orchestrator.domain;

/** A stored spoken answer as it is served. */
public record VoiceClip(String contentType, byte[] audio) {}
