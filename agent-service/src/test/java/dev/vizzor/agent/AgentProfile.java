package dev.vizzor.agent;

import dev.vizzor.testsupport.MarketStub;
import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.List;
import java.util.Map;

/** The service with market-service's candles stubbed by {@link MarketStub} (real BTC candles). */
public class AgentProfile extends ServiceTestProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(
        new TestResourceEntry(
            MarketStub.class,
            // BTC2: a second symbol with BTC's candles, for agents trading two symbols
            Map.of("url-property", "vizzor.agent.market-url", "symbols", "BTC,BTC2")));
  }
}
