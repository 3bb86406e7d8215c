package dev.vizzor.orchestrator.analyst;

import static dev.vizzor.orchestrator.analyst.AnswerWriter.join;
import static dev.vizzor.orchestrator.analyst.Numbers.fixed;
import static dev.vizzor.orchestrator.analyst.Numbers.percent;
import static dev.vizzor.orchestrator.analyst.Numbers.present;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.orchestrator.domain.AuditFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local analyst's answers to the security tools, from market-service's answers alone. A check
 * that did not run is said before any flag or finding, and an incomplete scan is never called
 * clean: the user is about to put money in on what this says.
 */
final class SecurityAnswers {
  /** Findings written out one by one; the rest are counted ({@code POST /audit} lists all). */
  private static final int FINDINGS_SHOWN = 10;

  /** What a wallet's balance is counted in, by chain (docs/TRACK.md's chains). */
  private static final Map<String, String> NATIVE_COINS =
      Map.of(
          "ethereum", "ETH",
          "bsc", "BNB",
          "polygon", "POL",
          "arbitrum", "ETH",
          "optimism", "ETH",
          "base", "ETH",
          "avalanche", "AVAX");

  private SecurityAnswers() {}

  static void scan(StringBuilder out, JsonNode scan) {
    out.append("Token scan of ").append(about(scan));
    out.append(" (source: ").append(scan.path("source").asText()).append("): risk score ");
    out.append(scan.path("riskScore").asInt()).append("/100, ");
    out.append(scan.path("riskLevel").asText()).append('.');
    List<String> notRun = new ArrayList<>();
    for (JsonNode check : scan.path("checks")) {
      if (!check.path("status").asText().equals("ran")) {
        notRun.add(
            check.path("source").asText()
                + " "
                + check.path("status").asText().replace('_', ' ')
                + (check.hasNonNull("reason") ? " (" + check.path("reason").asText() + ")" : ""));
      }
    }
    if (!scan.path("complete").asBoolean()) {
      out.append(" Incomplete: ").append(String.join("; ", notRun));
      out.append(". The score counts only the checks that ran; do not read it as safe.");
    }
    JsonNode flags = scan.path("flags");
    if (flags.isEmpty()) {
      out.append(" No flag was raised by the checks that ran.");
    }
    for (JsonNode flag : flags) {
      out.append("\n- ").append(flag.path("severity").asText()).append(": ");
      out.append(flag.path("title").asText()).append(" [").append(join(flag.path("sources")));
      out.append("]");
      JsonNode first = flag.path("evidence").path(0);
      if (first.isObject()) {
        out.append("; ").append(first.path("source").asText()).append(": ");
        out.append(first.path("detail").asText());
      }
    }
    facts(out, scan.path("token"));
  }

  private static void facts(StringBuilder out, JsonNode token) {
    if (!token.isObject()) {
      return;
    }
    List<String> known = new ArrayList<>();
    if (token.hasNonNull("name")) {
      known.add(token.path("name").asText() + " (" + token.path("symbol").asText("?") + ")");
    }
    if (present(token.get("holderCount"))) {
      known.add(token.path("holderCount").asLong() + " holders");
    }
    if (present(token.get("topHolderPercent"))) {
      known.add("top holder " + percent(token.get("topHolderPercent"), 2));
    }
    if (present(token.get("buyTax")) || present(token.get("sellTax"))) {
      known.add(
          "buy tax "
              + (present(token.get("buyTax")) ? percent(token.get("buyTax"), 2) : "unknown")
              + ", sell tax "
              + (present(token.get("sellTax")) ? percent(token.get("sellTax"), 2) : "unknown"));
    }
    if (present(token.get("dexLiquidityUsd"))) {
      known.add("DEX liquidity " + fixed(token.get("dexLiquidityUsd"), 0) + " USD");
    }
    if (present(token.get("lpLockedPercent"))) {
      known.add("LP locked " + percent(token.get("lpLockedPercent"), 2));
    }
    if (!known.isEmpty()) {
      out.append("\nGoPlus: ").append(String.join(", ", known)).append('.');
    }
  }

  static void audit(StringBuilder out, JsonNode report) {
    JsonNode findings = report.path("findings");
    int total = findings.size() + report.path(AuditFindings.NOT_SHOWN).asInt(0);
    out.append("Audit of ").append(analysed(report.path("analysed"))).append(": ");
    out.append(total).append(total == 1 ? " finding" : " findings");
    JsonNode bySeverity = report.path("bySeverity");
    List<String> counts = new ArrayList<>();
    for (String severity : AuditFindings.SEVERITIES) {
      if (bySeverity.path(severity).asInt() > 0) {
        counts.add(bySeverity.path(severity).asInt() + " " + severity);
      }
    }
    out.append(counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")");
    out.append(" (source: ").append(report.path("source").asText()).append(").");
    for (JsonNode check : report.path("checks")) {
      if (!check.path("ran").asBoolean()) {
        out.append(" The ").append(check.path("scope").asText()).append(" checks did not run: ");
        out.append(check.path("reason").asText()).append('.');
      }
    }
    // the tool keeps them worst first (AuditFindings)
    int shown = 0;
    for (JsonNode f : findings) {
      if (shown++ == FINDINGS_SHOWN) {
        out.append("\n…and ")
            .append(total - FINDINGS_SHOWN)
            .append(" more (POST /audit lists all).");
        break;
      }
      out.append("\n- ").append(f.path("severity").asText()).append(' ');
      out.append(f.path("rule").asText()).append(" at ").append(location(f)).append(": ");
      out.append(f.path("message").asText());
      if (f.hasNonNull("fix")) {
        out.append(" Fix: ").append(f.path("fix").asText());
      }
    }
  }

  private static String analysed(JsonNode analysed) {
    List<String> parts = new ArrayList<>();
    for (JsonNode file : analysed.path("files")) {
      parts.add(file.path("path").asText() + " (" + file.path("lines").asInt() + " lines)");
    }
    JsonNode code = analysed.path("bytecode");
    if (code.isObject()) {
      parts.add(
          code.path("bytes").asInt()
              + " bytes of code"
              + (code.hasNonNull("from") ? " from " + code.path("from").asText() : ""));
    }
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  private static String location(JsonNode f) {
    if (f.hasNonNull("startLine")) {
      int start = f.path("startLine").asInt();
      int end = f.path("endLine").asInt(start);
      return f.path("path").asText() + ":" + start + (end == start ? "" : "-" + end);
    }
    return "bytecode offset " + f.path("offset").asInt();
  }

  static void track(StringBuilder out, JsonNode w) {
    out.append("Wallet ").append(about(w)).append(" (source: ");
    out.append(w.path("source").asText()).append("): balance ");
    out.append(w.path("balance").path("ether").asText()).append(' ');
    out.append(NATIVE_COINS.getOrDefault(w.path("chain").asText(), "(the chain's coin)"));
    out.append(", ");
    out.append(w.path("transactionCount").asLong()).append(" transactions sent");
    out.append(w.path("contract").asBoolean() ? "; it is a contract." : ".");
    JsonNode window = w.path("window");
    JsonNode transfers = w.path("transfers");
    out.append(" In blocks ").append(window.path("fromBlock").asLong()).append("..");
    out.append(window.path("toBlock").asLong()).append(", ERC-20 transfers: ");
    out.append(transfers.path("in").path("count").asInt()).append(" in, ");
    out.append(transfers.path("out").path("count").asInt()).append(" out");
    JsonNode last = w.path("activity").path("last");
    if (last.isObject()) {
      out.append(", last at block ").append(last.path("block").asLong());
    }
    out.append('.');
    JsonNode top = w.path("topCounterparties");
    if (!top.isEmpty()) {
      out.append("\nTop counterparties:");
      for (int i = 0; i < Math.min(3, top.size()); i++) {
        JsonNode c = top.get(i);
        out.append(' ').append(c.path("address").asText()).append(" (");
        out.append(c.path("transfersIn").asInt()).append(" in, ");
        out.append(c.path("transfersOut").asInt()).append(" out");
        out.append(c.hasNonNull("label") ? ", " + c.path("label").asText() : "").append(")");
        out.append(i + 1 < Math.min(3, top.size()) ? ";" : ".");
      }
    }
    JsonNode flags = w.path("flags");
    if (flags.isEmpty()) {
      // docs/TRACK.md: ether payments (a Tornado Cash ETH deposit) leave no Transfer log
      out.append(
          "\nNo flag raised by this window's token transfers; plain ETH payments, such as"
              + " mixer deposits of ether, are not visible to these checks.");
    }
    for (JsonNode flag : flags) {
      out.append("\n- ").append(flag.path("flag").asText()).append(": ");
      out.append(flag.path("evidence").asText());
    }
  }

  private static String about(JsonNode answer) {
    String address = answer.path("address").asText("");
    String chain = answer.path("chain").asText("");
    if (address.isEmpty()) {
      return "the given bytecode";
    }
    return address + (chain.isEmpty() ? "" : " on " + chain);
  }
}
