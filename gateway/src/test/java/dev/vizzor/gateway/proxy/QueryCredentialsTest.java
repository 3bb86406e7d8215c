package dev.vizzor.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryCredentialsTest {
  @Test
  void theTicketNeverTravelsUpstreamButOtherParametersDo() {
    assertEquals("/ws?topic=btc", QueryCredentials.strip("/ws?ticket=abc&topic=btc"));
    assertEquals("/ws", QueryCredentials.strip("/ws?ticket=abc"));
    assertEquals("/ws?a=1&b=2", QueryCredentials.strip("/ws?a=1&ticket&b=2"));
    assertEquals("/ws?a=1", QueryCredentials.strip("/ws?%74icket=abc&a=1"), "an encoded name");
    assertEquals("/ws?my_ticket=1&tickets=2", QueryCredentials.strip("/ws?my_ticket=1&tickets=2"));
    assertEquals("/ws?bad=%zz", QueryCredentials.strip("/ws?bad=%zz&ticket=abc"));
    assertEquals("/plain", QueryCredentials.strip("/plain"));
  }

  @Test
  void aKeyOrTokenLeftInTheQueryByAnOldClientNeverTravelsUpstreamEither() {
    assertEquals("/ws?a=1", QueryCredentials.strip("/ws?api_key=vzk_x&a=1&access_token=eyJ"));
  }
}
