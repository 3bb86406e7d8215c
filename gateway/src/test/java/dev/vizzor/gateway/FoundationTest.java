package dev.vizzor.gateway;

import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.testsupport.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class FoundationTest extends ServiceFoundationContract {}
