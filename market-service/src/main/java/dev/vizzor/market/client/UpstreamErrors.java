package dev.vizzor.market.client;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns an upstream's error status into an {@link UpstreamException} the fault tolerance sorts. */
public final class UpstreamErrors implements ResponseExceptionMapper<UpstreamException> {
  private final String upstream;

  public UpstreamErrors(String upstream) {
    this.upstream = upstream;
  }

  @Override
  public UpstreamException toThrowable(Response response) {
    int status = response.getStatus();
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    return status == 429 || status >= 500
        ? new UpstreamUnavailableException(upstream, status, body)
        : new UpstreamRejectedException(upstream, status, body);
  }
}
