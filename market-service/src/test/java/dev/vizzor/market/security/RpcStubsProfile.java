package dev.vizzor.market.security;

import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.List;

/** The service with the Ethereum and Base nodes stubbed by {@link RpcStubs}. */
public class RpcStubsProfile extends ServiceTestProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(new TestResourceEntry(RpcStubs.class));
  }
}
