package dev.vizzor.orchestrator.domain;

/** The tools the analyst may call (docs/CHAT.md describes each and the service behind it). */
public final class ToolNames {
  public static final String PRICE = "get_price";
  public static final String PRICES = "get_prices";
  public static final String TRENDING = "get_trending";
  public static final String FEAR_GREED = "get_fear_greed";
  public static final String PREDICTION = "get_prediction";
  public static final String ACCURACY = "get_prediction_accuracy";
  public static final String BACKTEST = "run_backtest";
  public static final String SIGNALS = "get_signals";
  public static final String SET_PRICE_ALERT = "set_price_alert";
  public static final String LIST_ALERTS = "list_alerts";
  public static final String LIST_AGENTS = "list_agents";
  public static final String CREATE_AGENT = "create_agent";
  public static final String START_AGENT = "start_agent";
  public static final String STOP_AGENT = "stop_agent";
  public static final String AGENT_STATS = "get_agent_stats";
  public static final String SCAN_TOKEN = "scan_token";
  public static final String AUDIT_CONTRACT = "audit_contract";
  public static final String TRACK_WALLET = "track_wallet";

  private ToolNames() {}
}
