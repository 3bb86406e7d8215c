package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.AccuracyReport;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.prediction.client.UnknownSymbolException;
import dev.vizzor.prediction.domain.PredictionFilter;
import dev.vizzor.prediction.domain.PredictionView;
import dev.vizzor.prediction.repository.PredictionQueries;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionException;

/** What the ChronoVisor endpoints do, behind thin resources. */
@ApplicationScoped
public class ChronoVisorApi {
  /** {@code GET /v1/chronovisor/:symbol}: each horizon's latest call and the horizon's record. */
  public record SymbolView(String symbol, List<HorizonView> horizons) {}

  /**
   * @param latest null when this horizon has no prediction yet
   * @param record the run's scheduled predictions of this symbol and horizon, scored
   */
  public record HorizonView(String horizon, PredictionView latest, AccuracyReport.Cut record) {}

  /** {@code GET /v1/chronovisor/predictions}. */
  public record PageView(List<PredictionView> data, String nextCursor) {}

  /** {@code POST /predict}. */
  public record Predicted(String symbol, List<PredictionView> predictions) {}

  /**
   * {@code GET /v1/chronovisor/accuracy}: the filters applied (run: the run counted, null for all)
   * and the report.
   */
  public record AccuracyView(PredictionFilter filter, AccuracyReport report) {}

  private final PredictionQueries queries;
  private final ChronoVisorPipeline pipeline;

  ChronoVisorApi(PredictionQueries queries, ChronoVisorPipeline pipeline) {
    this.queries = queries;
    this.pipeline = pipeline;
  }

  public Uni<SymbolView> latest(String symbol, List<Horizon> horizons) {
    return queries
        .known(symbol)
        .flatMap(
            known -> {
              if (!known) {
                throw ApiException.notFound(
                    "no predictions for "
                        + symbol
                        + ": ChronoVisor predicts the symbols market-service ticks (its defaults"
                        + " and every watched symbol); POST /predict asks for another");
              }
              Long run = currentRun();
              return Multi.createFrom()
                  .iterable(horizons)
                  .onItem()
                  .transformToUniAndConcatenate(horizon -> horizonView(symbol, horizon, run))
                  .collect()
                  .asList()
                  .map(views -> new SymbolView(symbol, views));
            });
  }

  private Uni<HorizonView> horizonView(String symbol, Horizon horizon, Long run) {
    PredictionFilter filter =
        new PredictionFilter(symbol, horizon.label(), null, null, "scheduled", null, null, run);
    return queries
        .latest(symbol, horizon.label())
        .flatMap(
            latest ->
                queries
                    .scored(filter)
                    .map(
                        rows ->
                            new HorizonView(
                                horizon.label(),
                                latest.orElse(null),
                                AccuracyReport.of(rows).overall())));
  }

  public Uni<PageView> list(PredictionFilter filter, int limit, PageCursor cursor) {
    return queries
        .list(filter, limit, cursor)
        .map(page -> new PageView(page.items(), page.next().map(PageCursor::encode).orElse(null)));
  }

  /** The report over {@code filter}; a filter without a run counts the current one. */
  public Uni<AccuracyView> accuracy(PredictionFilter filter, boolean allRuns) {
    PredictionFilter counted =
        new PredictionFilter(
            filter.symbol(),
            filter.horizon(),
            filter.tier(),
            null,
            null,
            filter.from(),
            filter.to(),
            allRuns ? null : currentRun());
    return queries.scored(counted).map(rows -> new AccuracyView(counted, AccuracyReport.of(rows)));
  }

  public Uni<Predicted> predict(String symbol, List<Horizon> horizons, String requestId) {
    return Uni.createFrom()
        .completionStage(() -> pipeline.onDemand(symbol, horizons, requestId))
        .onFailure(CompletionException.class)
        .transform(Throwable::getCause)
        .onFailure(UnknownSymbolException.class)
        .transform(
            e -> ApiException.notFound(symbol + " is not a symbol market-service has candles for"))
        .onFailure(ChronoVisorPipeline.NoMarketTime.class)
        .transform(e -> ApiException.unavailable(e.getMessage(), 5))
        .map(
            made -> {
              if (made.isEmpty()) {
                throw ApiException.unavailable(
                    "no model for "
                        + symbol
                        + " yet: ChronoVisor trains on 30 days of closed candles before it predicts",
                    3600);
              }
              return new Predicted(symbol, made);
            });
  }

  public EngineState engineState() {
    return pipeline.state();
  }

  public Uni<PredictionQueries.Activity> activity(long run) {
    return queries.activity(run);
  }

  /** The newest run's id, or null before the first. */
  private Long currentRun() {
    long run = pipeline.currentRun();
    return run == 0 ? null : run;
  }
}
