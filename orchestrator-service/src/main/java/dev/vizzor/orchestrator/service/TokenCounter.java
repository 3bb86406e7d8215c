package dev.vizzor.orchestrator.service;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts tokens the way OpenAI-compatible models do (cl100k_base, jtokkit): for a message against
 * the tier's {@code max_tokens}, for the history that fits, and for the local analyst's usage.
 * Other providers report their own usage, which is what is charged.
 */
@ApplicationScoped
public class TokenCounter {
  private final Encoding encoding =
      Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  public int count(String text) {
    return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
  }
}
