package dev.vizzor.prediction;

import dev.vizzor.testsupport.InternalTokenContract;
import dev.vizzor.testsupport.ServiceFoundationContract;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class FoundationTest extends ServiceFoundationContract implements InternalTokenContract {}
