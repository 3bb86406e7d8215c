package dev.vizzor.orchestrator.domain;

/** Spoken audio of an answer, its media type, and the synthesiser that made it. */
public record Speech(byte[] audio, String contentType, String synthesiser) {}
