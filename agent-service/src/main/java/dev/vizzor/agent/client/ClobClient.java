package dev.vizzor.agent.client;

import dev.vizzor.agent.config.PolymarketConfig;
import dev.vizzor.agent.domain.Book;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Live order books from the CLOB, with Gamma's policy (10 s per attempt, two retries, a circuit
 * over the last 10 calls); a token without a book is an answer, not a failure, so it neither
 * retries nor counts against the circuit.
 */
@ApplicationScoped
public class ClobClient {
  private final ClobApi api;

  ClobClient(PolymarketConfig config) {
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(config.clobUrl()))
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(8, TimeUnit.SECONDS)
            .build(ClobApi.class);
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = PolymarketNotFoundException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 15000,
      skipOn = PolymarketNotFoundException.class)
  public Uni<Book> book(String tokenId) {
    return api.book(tokenId)
        .onFailure(WebApplicationException.class)
        .transform(
            failure ->
                ((WebApplicationException) failure).getResponse().getStatus() == 404
                    ? new PolymarketNotFoundException("the CLOB has no order book for " + tokenId)
                    : failure)
        .map(book -> ClobBooks.of(book, tokenId));
  }
}
