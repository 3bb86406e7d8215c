package dev.vizzor.notification.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Numbers read from events stay decimals: the service passes other services' resources on (pushes,
 * a notification's {@code data}) and must not round an agent's money figures through a double.
 */
@Singleton
public class ExactDecimals implements ObjectMapperCustomizer {
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    // and keep their written form: 0.0 stays 0.0 rather than becoming 0
    mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  }
}
