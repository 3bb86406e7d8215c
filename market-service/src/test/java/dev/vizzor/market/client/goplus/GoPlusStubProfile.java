package dev.vizzor.market.client.goplus;

import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.List;

/** The service with GoPlus stubbed by {@link GoPlusStubs} (the market source stays the replay). */
public class GoPlusStubProfile extends ServiceTestProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(new TestResourceEntry(GoPlusStubs.class));
  }
}
