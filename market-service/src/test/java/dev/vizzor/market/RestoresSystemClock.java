package dev.vizzor.market;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * After every Quarkus test of this module the shared {@link MutableClock} shows the system time
 * again: test classes share an application start, and one that stopped or moved the clock must not
 * leave it so for the next (registered in META-INF/services).
 */
public class RestoresSystemClock implements QuarkusTestAfterEachCallback {
  @Override
  public void afterEach(QuarkusTestMethodContext context) {
    Arc.container().instance(MutableClock.class).get().set(null);
  }
}
