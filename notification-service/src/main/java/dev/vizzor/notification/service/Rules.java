package dev.vizzor.notification.service;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.paging.Page;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.common.paging.Pages;
import dev.vizzor.notification.config.NotificationConfig;
import dev.vizzor.notification.domain.NewRule;
import dev.vizzor.notification.domain.RuleView;
import dev.vizzor.notification.repository.RuleRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** The caller's alert rules: created within the tier's cap, listed newest first, deleted. */
@ApplicationScoped
public class Rules {
  private final RuleRepository rules;
  private final NotificationConfig config;
  private final Clock clock;

  Rules(RuleRepository rules, NotificationConfig config, Clock clock) {
    this.rules = rules;
    this.config = config;
    this.clock = clock;
  }

  public Uni<RuleView> create(InternalIdentity caller, NewRule rule) {
    int cap = cap(caller);
    return rules
        .create(caller.accountId(), rule, cap, clock.instant())
        .map(
            stored ->
                stored.orElseThrow(
                    () ->
                        new ApiException(
                            Problem.CONFLICT,
                            "Your tier allows "
                                + cap
                                + " alert rules; delete one to add another")));
  }

  public Uni<Page<RuleView>> page(InternalIdentity caller, String cursor, int limit) {
    PageCursor after = Pages.cursor(cursor);
    return rules
        .page(caller.accountId(), after, limit)
        .map(
            items -> Pages.page(items, limit, rule -> new PageCursor(rule.createdAt(), rule.id())));
  }

  public Uni<Void> delete(InternalIdentity caller, UUID id) {
    return rules
        .delete(caller.accountId(), id)
        .map(
            deleted -> {
              if (!deleted) {
                throw new ApiException(Problem.NOT_FOUND, "No alert rule " + id);
              }
              return null;
            });
  }

  private int cap(InternalIdentity caller) {
    return config
        .rules()
        .maxPerTier()
        .getOrDefault(caller.tier().wire(), config.rules().defaultMax());
  }
}
