package dev.vizzor.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ErrorFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void pathsFallIntoTheFamiliesOfTheDesign() {
    assertEquals(ErrorFamily.VELOCITY, ErrorFamily.ofPath("/api/v1/trends"));
    assertEquals(ErrorFamily.VELOCITY, ErrorFamily.ofPath("/api/v1"));
    assertEquals(ErrorFamily.ZMARTY, ErrorFamily.ofPath("/chat"));
    assertEquals(ErrorFamily.ZMARTY, ErrorFamily.ofPath("/healthz"));
    assertEquals(ErrorFamily.ZMARTY, ErrorFamily.ofPath("/functions/v1/watchers-upsert"));
    assertEquals(ErrorFamily.VIZZOR, ErrorFamily.ofPath("/v1/chat"));
    assertEquals(ErrorFamily.VIZZOR, ErrorFamily.ofPath("/api/v10/trends"));
    assertEquals(ErrorFamily.VIZZOR, ErrorFamily.ofPath("/chatter"));
    assertEquals(ErrorFamily.VIZZOR, ErrorFamily.ofPath("/"));
  }

  @Test
  void eachFamilyWritesItsOwnUnauthorizedBody() throws Exception {
    assertEquals(
        "{\"error\":{\"code\":\"unauthorized\",\"message\":\"m\"}}",
        JSON.writeValueAsString(ErrorFamily.VIZZOR.unauthorized("m")));
    assertEquals(
        "{\"error\":\"unauthorized\",\"message\":\"m\"}",
        JSON.writeValueAsString(ErrorFamily.VELOCITY.unauthorized("m")));
    assertEquals(
        "{\"error\":\"invalid_token\",\"message\":\"m\"}",
        JSON.writeValueAsString(ErrorFamily.ZMARTY.unauthorized("m")));
  }
}
