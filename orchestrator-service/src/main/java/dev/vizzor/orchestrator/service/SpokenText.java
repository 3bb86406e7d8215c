package dev.vizzor.orchestrator.service;

/** The part of an answer that is spoken: all of it, or up to a limit at a word boundary. */
final class SpokenText {
  private SpokenText() {}

  static String cut(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end == 0 ? maxChars : end).strip();
  }
}
