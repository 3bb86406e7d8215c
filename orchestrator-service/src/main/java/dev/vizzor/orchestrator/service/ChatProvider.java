package dev.vizzor.orchestrator.service;

import dev.langchain4j.model.chat.StreamingChatModel;

/** One configured LLM provider: its name in {@code VIZZOR_LLM_PROVIDERS}, model and client. */
public record ChatProvider(String name, String model, StreamingChatModel client) {}
