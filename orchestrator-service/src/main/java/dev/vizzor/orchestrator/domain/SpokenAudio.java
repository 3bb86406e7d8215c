package dev.vizzor.orchestrator.domain;

/** Where a voice answer's audio is served, or (url null) why there is none. */
public record SpokenAudio(String url, String error) {}
