package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.prediction.domain.SignalView;
import dev.vizzor.prediction.domain.StrategyView;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;

/** Maps {@code signals} rows to {@link SignalView}s and back. */
final class SignalRows {
  static final String COLUMNS =
      "id, symbol, timeframe, strategy_type, strategy_params::text AS params, strategy_key,"
          + " candle_time, signal, score, entry_price, volatility, upper_barrier, lower_barrier,"
          + " expires_at, inputs::text AS inputs_json, status, exit, win, exit_time, exit_price,"
          + " realized_return";

  static final String INSERT =
      "INSERT INTO signals (id, symbol, timeframe, strategy_type, strategy_params, strategy_key,"
          + " candle_time, signal, score, entry_price, volatility, upper_barrier, lower_barrier,"
          + " expires_at, inputs, status) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9,"
          + " $10, $11, $12, $13, $14, $15::text::jsonb, $16) ON CONFLICT DO NOTHING";

  private SignalRows() {}

  static Tuple insert(SignalView s, String strategyKey, Instant expiresAt, ObjectMapper json) {
    SignalView.Barriers b = s.barriers();
    return Tuple.from(
        new Object[] {
          s.id(),
          s.symbol(),
          s.timeframe(),
          s.strategy().type(),
          JsonColumns.write(json, s.strategy().params()),
          strategyKey,
          Timestamps.utc(s.candleTime()),
          s.signal(),
          s.score(),
          s.price(),
          b == null ? null : b.volatility(),
          b == null ? null : b.upper(),
          b == null ? null : b.lower(),
          Timestamps.utc(expiresAt),
          JsonColumns.write(json, s.inputs()),
          s.status()
        });
  }

  static SignalView view(Row row, ObjectMapper json) {
    String symbol = row.getString("symbol");
    Double upper = row.getDouble("upper_barrier");
    Boolean win = row.getBoolean("win");
    return new SignalView(
        row.getUUID("id"),
        symbol,
        Symbols.pair(symbol),
        row.getString("timeframe"),
        new StrategyView(
            row.getString("strategy_type"), JsonColumns.object(json, row.getString("params"))),
        Timestamps.instant(row, "candle_time"),
        row.getString("signal"),
        row.getDouble("score"),
        row.getDouble("entry_price"),
        upper == null
            ? null
            : new SignalView.Barriers(
                row.getDouble("volatility"),
                upper,
                row.getDouble("lower_barrier"),
                Timestamps.instant(row, "expires_at")),
        JsonColumns.object(json, row.getString("inputs_json")),
        row.getString("status"),
        win == null
            ? null
            : new SignalView.Label(
                row.getString("exit"),
                Timestamps.instant(row, "exit_time"),
                row.getDouble("exit_price"),
                row.getDouble("realized_return"),
                win));
  }
}
