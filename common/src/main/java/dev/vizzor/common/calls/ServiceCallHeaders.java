package dev.vizzor.common.calls;

import io.quarkus.rest.client.reactive.ComputedParamContext;

/**
 * The headers of a call between services, computed from the method's {@link ServiceCall} argument.
 * A REST client interface declares them once:
 *
 * <pre>{@code
 * @ClientHeaderParam(name = "Authorization", value = ServiceCallHeaders.AUTHORIZATION)
 * @ClientHeaderParam(name = "X-Request-Id", value = ServiceCallHeaders.REQUEST_ID)
 * interface MarketCandles {
 *   @GET
 *   @Path("/internal/candles")
 *   Uni<String> candles(@NotBody ServiceCall call, @QueryParam("symbol") String symbol);
 * }
 * }</pre>
 */
public final class ServiceCallHeaders {
  public static final String AUTHORIZATION =
      "{dev.vizzor.common.calls.ServiceCallHeaders.authorization}";
  public static final String REQUEST_ID = "{dev.vizzor.common.calls.ServiceCallHeaders.requestId}";

  private ServiceCallHeaders() {}

  public static String authorization(ComputedParamContext context) {
    return "Bearer " + call(context).token();
  }

  public static String requestId(ComputedParamContext context) {
    return call(context).requestId();
  }

  private static ServiceCall call(ComputedParamContext context) {
    return context.methodParameters().stream()
        .map(ComputedParamContext.MethodParameter::value)
        .filter(ServiceCall.class::isInstance)
        .map(ServiceCall.class::cast)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    context.name() + ": the client method takes no ServiceCall argument"));
  }
}
