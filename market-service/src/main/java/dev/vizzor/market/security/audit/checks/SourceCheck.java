package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.model.SourceModel;
import java.util.List;

/** One rule over the parsed sources. */
public interface SourceCheck {
  /** The rule's stable id, as findings carry it. */
  String rule();

  /** Every rule id its findings may carry. */
  default List<String> rules() {
    return List.of(rule());
  }

  List<SourceFinding> run(SourceModel sources);
}
