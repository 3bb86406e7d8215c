package dev.vizzor.market.client;

import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.List;

/** The service on the live source, its four upstreams stubbed by {@link UpstreamStubs}. */
public class LiveSourceProfile extends ServiceTestProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(new TestResourceEntry(UpstreamStubs.class));
  }
}
