package dev.vizzor.market.replay;

/** Everything the replay serves, read once from the bundled files (see PROVENANCE.md). */
record ReplayData(ReplayHistory history, BundledFearGreed fearGreed, SampleNewPairs newPairs) {

  static ReplayData loadBundled() {
    return new ReplayData(
        new ReplayHistory(BundledCandles.load()), BundledFearGreed.load(), SampleNewPairs.load());
  }
}
