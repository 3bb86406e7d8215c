package dev.vizzor.testsupport;

/**
 * Runs the in-process test broker as a program, for benchmarks that need a real Kafka beside a
 * packaged service. Prints the bootstrap address, then serves until the process is stopped.
 */
public final class KafkaBrokerMain {
  private KafkaBrokerMain() {}

  public static void main(String[] args) throws InterruptedException {
    KafkaBroker broker = KafkaBroker.get();
    System.out.println("bootstrap=" + broker.bootstrapServers());
    System.out.flush();
    Thread.currentThread().join();
  }
}
