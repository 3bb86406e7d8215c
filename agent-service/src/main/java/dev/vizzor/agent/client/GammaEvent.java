package dev.vizzor.agent.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An event as Gamma's {@code GET /events} returns it (the part used here): a title and its full
 * market objects (the capture {@code gamma_events_by_slug.capture.json} has this shape).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GammaEvent(String id, String slug, String title, List<GammaMarket> markets) {}
