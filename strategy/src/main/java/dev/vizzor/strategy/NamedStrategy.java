package dev.vizzor.strategy;

import java.util.Map;

/** What every strategy of the set holds: its name and the parameters it was built with. */
abstract class NamedStrategy implements Strategy {
  private final String type;
  private final Params params;

  /**
   * {@code params} is read by the subclass's constructor after this one; it reports what it read.
   */
  NamedStrategy(String type, Params params) {
    this.type = type;
    this.params = params;
  }

  @Override
  public final String type() {
    return type;
  }

  @Override
  public final Map<String, Object> params() {
    return params.used();
  }
}
