package dev.vizzor.prediction;

import dev.vizzor.testsupport.MarketStub;
import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.List;
import java.util.Map;

/** The service with market-service stubbed by {@link MarketStub}. */
public class ChronoVisorProfile extends ServiceTestProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(
        new TestResourceEntry(
            MarketStub.class, Map.of("url-property", "vizzor.prediction.market-url")));
  }
}
