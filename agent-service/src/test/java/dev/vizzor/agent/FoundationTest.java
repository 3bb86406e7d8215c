package dev.vizzor.agent;

import dev.vizzor.testsupport.InternalTokenContract;
import dev.vizzor.testsupport.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(AgentProfile.class)
class FoundationTest extends ServiceFoundationContract implements InternalTokenContract {}
