package dev.vizzor.agent;

import dev.vizzor.testsupport.InternalTokenContract;
import dev.vizzor.testsupport.PostgresTestResource;
import dev.vizzor.testsupport.ServiceFoundationContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class FoundationTest extends ServiceFoundationContract implements InternalTokenContract {}
