package dev.vizzor.webhook.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The wall clock, injectable so tests can sign deliveries in or out of the window. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
