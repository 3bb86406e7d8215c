package dev.vizzor.market.client.alternativeme;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code /fng/}: every value is a string on the wire, timestamps are unix seconds of the day's
 * 00:00 UTC, newest first; {@code metadata.error} is set when the API refuses the request.
 */
public record FngResponse(String name, List<Entry> data, Metadata metadata) {

  public record Entry(
      String value,
      @JsonProperty("value_classification") String valueClassification,
      String timestamp) {}

  public record Metadata(String error) {}
}
