package dev.vizzor.orchestrator.analyst;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a security question: what it asks (audit a contract, scan a token, track a wallet) and
 * about what. Solidity pasted into the message is audited whatever the words; otherwise the ask
 * needs an address or pasted bytecode, and an address with no ask named is scanned, the check
 * people most want before they buy. Addresses and code are matched as tokens (0x and hex digits of
 * the right length); the Solidity itself is handed to the audit, which parses it.
 */
final class SecurityReader {
  private static final String DEFAULT_CHAIN = "ethereum";

  /**
   * The chains market-service knows (docs/SCAN.md), by the names people use. Not "ERC-20" or
   * "mainnet": every chain here has ERC-20 tokens and a mainnet, and "an ERC-20 on bsc" is on bsc.
   */
  private static final Map<String, String> CHAINS = new LinkedHashMap<>();

  static {
    for (String[] chain :
        new String[][] {
          {"ethereum", "ethereum", "eth mainnet"},
          {"bsc", "bsc", "bnb chain", "bnb smart chain", "binance smart chain", "bep20", "bep-20"},
          {"polygon", "polygon", "matic"},
          {"arbitrum", "arbitrum"},
          {"optimism", "optimism"},
          {"base", "base chain", "on base"},
          {"avalanche", "avalanche", "avax"}
        }) {
      for (int i = 1; i < chain.length; i++) {
        CHAINS.put(chain[i], chain[0]);
      }
    }
  }

  private static final Pattern CHAIN_WORD =
      Pattern.compile(
          "\\b("
              + String.join("|", CHAINS.keySet().stream().map(Pattern::quote).toList())
              + ")\\b");

  /** An address: exactly 40 hex digits, not the start of a longer hex string. */
  private static final Pattern ADDRESS = Pattern.compile("\\b0x[0-9a-fA-F]{40}\\b");

  /** Code: far longer than an address or a transaction hash (64 digits). */
  private static final Pattern BYTECODE = Pattern.compile("\\b0x[0-9a-fA-F]{100,}\\b");

  /** A fenced block (```solidity … ```), or else where the Solidity starts. */
  private static final Pattern FENCED =
      Pattern.compile("```(?:solidity|sol)?\\s*\\n(.*?)```", Pattern.DOTALL);

  private static final Pattern SOLIDITY_START =
      Pattern.compile(
          "(?m)^\\s*(?://\\s*SPDX|pragma\\s+solidity|(?:abstract\\s+)?contract\\s+\\w+[^;{]*\\{|library\\s+\\w+\\s*\\{|interface\\s+\\w+[^;{]*\\{)");

  private static final Set<String> AUDIT_WORDS =
      Set.of("audit", "vulnerab", "exploit", "security review", "bugs in", "reentran");
  private static final Set<String> SCAN_WORDS = Set.of("scan", "honeypot", "rug", "scam");
  private static final Set<String> TRACK_WORDS =
      Set.of("track", "wallet", "forensic", "who is", "whose", "activity of");

  private SecurityReader() {}

  /** The security ask of {@code text} with its target, or null when it asks none. */
  static Read read(String text) {
    String source = solidity(text);
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher named = CHAIN_WORD.matcher(lower);
    boolean chainNamed = named.find();
    String chain = chainNamed ? CHAINS.get(named.group(1)) : DEFAULT_CHAIN;
    if (source != null) {
      return new Read(Ask.AUDIT, new SecurityTarget(null, false, null, null, source));
    }
    Matcher code = BYTECODE.matcher(text);
    String bytecode = code.find() ? code.group() : null;
    Matcher address = ADDRESS.matcher(text);
    String wallet = address.find() ? address.group().toLowerCase(Locale.ROOT) : null;
    if (bytecode == null && wallet == null) {
      return null;
    }
    SecurityTarget target =
        new SecurityTarget(wallet == null ? null : chain, chainNamed, wallet, bytecode, null);
    Ask ask;
    if (mentions(lower, AUDIT_WORDS)) {
      ask = Ask.AUDIT;
    } else if (mentions(lower, SCAN_WORDS)) {
      ask = Ask.SCAN;
    } else if (wallet != null && mentions(lower, TRACK_WORDS)) {
      ask = Ask.TRACK;
    } else {
      ask = Ask.SCAN;
    }
    return new Read(ask, target);
  }

  record Read(Ask ask, SecurityTarget target) {}

  /** The Solidity in the message (fenced, or from its first line of code on), or null. */
  private static String solidity(String text) {
    Matcher fenced = FENCED.matcher(text);
    if (fenced.find() && SOLIDITY_START.matcher(fenced.group(1)).find()) {
      return fenced.group(1).strip() + "\n";
    }
    Matcher start = SOLIDITY_START.matcher(text);
    return start.find() ? text.substring(start.start()).strip() + "\n" : null;
  }

  private static boolean mentions(String lower, Set<String> words) {
    return words.stream().anyMatch(lower::contains);
  }
}
