package dev.vizzor.webhook.rest;

import dev.vizzor.webhook.service.WebhookRejection;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The webhook's first check: the body must be declared JSON, else 415. It runs as a filter, before
 * RESTEasy reads the body, because RESTEasy answers a Content-Type it cannot parse with a bare 400.
 */
public class JsonBodyFilter {

  @ServerRequestFilter
  public void requireJson(HttpHeaders headers, SimpleResourceInfo resource) {
    if (resource.getResourceClass() == WatchersUpsertResource.class
        && !isJson(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
      throw WebhookRejection.notJson();
    }
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.valueOf(contentType);
      return !type.isWildcardType() && MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
