package dev.vizzor.orchestrator.service;

import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.orchestrator.config.OrchestratorConfig;
import dev.vizzor.orchestrator.domain.CreditPrice;
import dev.vizzor.orchestrator.domain.Reservation;
import dev.vizzor.orchestrator.domain.Usage;
import dev.vizzor.orchestrator.repository.CreditRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A message's credits (docs/CHAT.md): before any provider is called it holds the price of its input
 * and of the most output it may get; once answered it keeps the price of what was used (never more
 * than it held) and gives back the rest; a failed message gets all of it back.
 */
@ApplicationScoped
public class Credits {
  /** What an answered message cost and what the account holds after it. */
  public record Settlement(long charged, long balance) {}

  private final CreditRepository ledger;
  private final OrchestratorConfig config;

  Credits(CreditRepository ledger, OrchestratorConfig config) {
    this.ledger = ledger;
    this.config = config;
  }

  /** The hold for a message of {@code inputTokens}: its input and the most output it may get. */
  public long holdFor(long inputTokens) {
    return CreditPrice.of(inputTokens + config.maxOutputTokens());
  }

  /** Holds a message's price; an account's first message opens it with its tier's grant. */
  public Uni<Reservation> hold(InternalIdentity caller, long inputTokens) {
    UUID request = UUID.randomUUID();
    long amount = holdFor(inputTokens);
    return ledger
        .hold(caller.accountId(), request, amount)
        .onFailure(CreditRepository.NotOpened.class)
        .recoverWithUni(
            () ->
                open(caller.accountId(), caller.tier().wire())
                    .chain(() -> ledger.hold(caller.accountId(), request, amount)));
  }

  /**
   * Charges the message's price on its usage: the rest of the hold back, or, when tool rounds made
   * it dearer than held, the difference on top as far as the balance goes.
   */
  public Uni<Settlement> settle(Reservation hold, Usage usage) {
    long price = CreditPrice.of(usage.totalTokens());
    if (price <= hold.amount()) {
      return ledger
          .release(hold, "settle", hold.amount() - price)
          .map(balance -> new Settlement(price, balance));
    }
    return ledger
        .takeBeyond(hold, price - hold.amount())
        .map(taken -> new Settlement(hold.amount() + taken[0], taken[1]));
  }

  public Uni<Long> refund(Reservation hold) {
    return ledger.release(hold, "refund", hold.amount());
  }

  /** An operator's grant; opens the account first if it never chatted. */
  public Uni<Long> topUp(UUID accountId, String tier, long amount, String note) {
    return open(accountId, tier).chain(() -> ledger.topUp(accountId, amount, note));
  }

  public Uni<Long> balance(UUID accountId) {
    return ledger.balance(accountId);
  }

  private Uni<Void> open(UUID accountId, String tier) {
    long grant = config.credits().grant().getOrDefault(tier, config.credits().defaultGrant());
    return ledger.open(accountId, grant, "starting grant for tier " + tier);
  }
}
