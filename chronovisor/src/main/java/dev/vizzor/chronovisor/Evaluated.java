package dev.vizzor.chronovisor;

/**
 * A prediction of a walk-forward run and how it ended ({@code resolution} null unless resolved).
 */
public record Evaluated(Forecast forecast, Status status, Resolution resolution) {

  public Scored scored() {
    return new Scored(
        forecast.symbol(),
        forecast.horizon(),
        forecast.tier(),
        false,
        forecast.direction(),
        forecast.probabilities(),
        forecast.climatology(),
        forecast.persistence(),
        status,
        resolution == null ? null : resolution.outcome(),
        resolution == null ? null : resolution.realized(),
        resolution == null ? null : resolution.outcomeIfUp(),
        resolution == null ? null : resolution.outcomeIfDown());
  }
}
