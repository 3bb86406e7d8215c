package dev.vizzor.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link AgentProfile} switched to the live source, Gamma and the CLOB played by {@link
 * PolymarketStub}.
 */
public class PolymarketLiveProfile extends AgentProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    List<TestResourceEntry> resources = new ArrayList<>(super.moreTestResources());
    resources.add(new TestResourceEntry(PolymarketStub.class));
    return resources;
  }
}
