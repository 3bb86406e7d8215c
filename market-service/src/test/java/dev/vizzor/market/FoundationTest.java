package dev.vizzor.market;

import dev.vizzor.testsupport.InternalTokenContract;
import dev.vizzor.testsupport.KafkaTestResource;
import dev.vizzor.testsupport.PostgresTestResource;
import dev.vizzor.testsupport.RedisTestResource;
import dev.vizzor.testsupport.ServiceFoundationContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
class FoundationTest extends ServiceFoundationContract implements InternalTokenContract {}
