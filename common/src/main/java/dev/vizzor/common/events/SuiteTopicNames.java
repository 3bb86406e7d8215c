package dev.vizzor.common.events;

import java.util.List;

/**
 * The suite's Kafka topics (DESIGN.md, "Events"; docs/asyncapi.yaml). The local launcher and the
 * tests' broker create them before any service starts: a consumer that starts at the newest record
 * and subscribes before its topic exists learns of the topic only at its next metadata refresh
 * (minutes), missing what was written meanwhile.
 */
public final class SuiteTopicNames {
  public static final List<String> ALL =
      List.of(
          "vizzor.watchers.changed",
          "vizzor.market.ticks",
          "vizzor.pipeline.ingest-indicators",
          "vizzor.pipeline.compute-signals",
          "vizzor.pipeline.compute-winrate",
          "vizzor.predictions.emitted",
          "vizzor.predictions.resolved",
          "vizzor.alerts.triggered",
          "vizzor.notifications.pushes",
          "vizzor.agents.decisions",
          "vizzor.agents.trades",
          "vizzor.agents.control");

  private SuiteTopicNames() {}
}
