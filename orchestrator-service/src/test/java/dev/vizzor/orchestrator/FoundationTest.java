package dev.vizzor.orchestrator;

import dev.vizzor.testsupport.InternalTokenContract;
import dev.vizzor.testsupport.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ChatProfile.class)
class FoundationTest extends ServiceFoundationContract implements InternalTokenContract {}
