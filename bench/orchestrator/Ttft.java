import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Time to first token, in one run, interleaved: (a) the provider stub called directly (the
 * anchor: a streaming completion, until its first content chunk) and (b) the same stub behind the
 * gateway and orchestrator-service (POST /chat with stream: true, until its first token frame).
 * Each request is sequential, one at a time, so the figures are latency, not throughput. Both
 * paths are warmed first with as many rounds as are measured, so the figures are those of servers
 * that have run a while (JIT-compiled), not of the first requests. Keys are used in turn, each
 * staying within its own per-minute limit. Usage: java Ttft.java stub-url gateway-url key[,key...]
 * rounds
 */
public class Ttft {
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    String stub = args[0];
    String gateway = args[1];
    String[] keys = args[2].split(",");
    int rounds = Integer.parseInt(args[3]);
    HttpRequest direct =
        HttpRequest.newBuilder(URI.create(stub + "/v1/chat/completions"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer bench")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"model\":\"stub\",\"stream\":true,\"messages\":[{\"role\":\"user\","
                        + "\"content\":\"Give me a short market note.\"}]}"))
            .build();
    HttpRequest[] chats = new HttpRequest[keys.length];
    for (int k = 0; k < keys.length; k++) {
      chats[k] =
          HttpRequest.newBuilder(URI.create(gateway + "/chat"))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + keys[k])
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"message\":\"Give me a short market note.\",\"stream\":true}"))
              .build();
    }
    // warm-up: both paths compiled and pooled before anything counts
    for (int i = 0; i < rounds; i++) {
      firstToken(direct, "\"content\":\"B");
      firstToken(chats[i % chats.length], "\"type\":\"token\"");
    }
    double[] a = new double[rounds];
    double[] b = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      a[i] = firstToken(direct, "\"content\":\"B");
      b[i] = firstToken(chats[i % chats.length], "\"type\":\"token\"");
    }
    Arrays.sort(a);
    Arrays.sort(b);
    System.out.printf(
        "rounds %d | stub direct p50 %.2f ms p90 %.2f ms | gateway+orchestrator p50 %.2f ms p90 %.2f ms"
            + " | added at p50 %.2f ms, p90 %.2f ms | ratio at p50 %.1f%n",
        rounds, p(a, 50), p(a, 90), p(b, 50), p(b, 90), p(b, 50) - p(a, 50), p(b, 90) - p(a, 90),
        p(b, 50) / p(a, 50));
  }

  /** Milliseconds from sending {@code request} to the first line holding {@code marker}. */
  static double firstToken(HttpRequest request, String marker) throws Exception {
    long start = System.nanoTime();
    HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body().readAllBytes()));
    }
    double at = -1;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (at < 0 && line.contains(marker)) {
          at = (System.nanoTime() - start) / 1e6;
        }
      }
    }
    if (at < 0) {
      throw new IllegalStateException("no token in the answer");
    }
    return at;
  }

  static double p(double[] sorted, int percentile) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)];
  }
}
