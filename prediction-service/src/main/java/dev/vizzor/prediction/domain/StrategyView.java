package dev.vizzor.prediction.domain;

import java.util.Map;

/** A strategy as the API and the pipeline's events name it: its type and every parameter. */
public record StrategyView(String type, Map<String, Object> params) {}
