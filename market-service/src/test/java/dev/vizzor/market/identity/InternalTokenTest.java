package dev.vizzor.market.identity;

import dev.vizzor.testsupport.InternalTokenContract;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The suite's internal-token contract (docs/INTERNAL-TOKEN.md), which common implements. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class InternalTokenTest implements InternalTokenContract {}
