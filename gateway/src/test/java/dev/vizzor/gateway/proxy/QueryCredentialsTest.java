package dev.vizzor.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryCredentialsTest {
  @Test
  void browserCredentialsNeverTravelUpstreamButOtherParametersDo() {
    assertEquals("/ws?topic=btc", QueryCredentials.strip("/ws?api_key=vzk_x&topic=btc"));
    assertEquals("/ws", QueryCredentials.strip("/ws?access_token=eyJ"));
    assertEquals("/ws?a=1&b=2", QueryCredentials.strip("/ws?a=1&api_key&b=2"));
    assertEquals("/v1/x?my_api_key=1", QueryCredentials.strip("/v1/x?my_api_key=1"));
    assertEquals("/plain", QueryCredentials.strip("/plain"));
  }
}
