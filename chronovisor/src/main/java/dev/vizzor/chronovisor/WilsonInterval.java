package dev.vizzor.chronovisor;

/** The Wilson score interval of a proportion at 95 % (z = 1.96); null bounds when n = 0. */
public record WilsonInterval(Double low, Double high) {
  static final double Z = 1.96;

  public static WilsonInterval of(int successes, int n) {
    if (n == 0) {
      return new WilsonInterval(null, null);
    }
    double p = (double) successes / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
    double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
