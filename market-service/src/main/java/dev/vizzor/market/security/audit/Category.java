package dev.vizzor.market.security.audit;

/** The categories of the annotated corpus the audit is measured on (DASP 10 plus other). */
public final class Category {
  public static final String REENTRANCY = "reentrancy";
  public static final String ACCESS_CONTROL = "access_control";
  public static final String ARITHMETIC = "arithmetic";
  public static final String UNCHECKED_LOW_LEVEL_CALLS = "unchecked_low_level_calls";
  public static final String DENIAL_OF_SERVICE = "denial_of_service";
  public static final String BAD_RANDOMNESS = "bad_randomness";
  public static final String FRONT_RUNNING = "front_running";
  public static final String TIME_MANIPULATION = "time_manipulation";
  public static final String SHORT_ADDRESSES = "short_addresses";
  public static final String OTHER = "other";

  private Category() {}
}
