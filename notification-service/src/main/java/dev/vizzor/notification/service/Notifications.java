package dev.vizzor.notification.service;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.paging.Page;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.common.paging.Pages;
import dev.vizzor.notification.domain.NotificationView;
import dev.vizzor.notification.domain.RuleType;
import dev.vizzor.notification.repository.NotificationRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The caller's notifications: listed, read, marked read, deleted. */
@ApplicationScoped
public class Notifications {
  private final NotificationRepository notifications;
  private final Clock clock;

  Notifications(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  public Uni<Page<NotificationView>> page(
      InternalIdentity caller, boolean unreadOnly, String type, String cursor, int limit) {
    if (type != null && RuleType.parse(type).isEmpty()) {
      throw ApiException.invalid("type: one of the alert rule types, such as price_above");
    }
    PageCursor after = Pages.cursor(cursor);
    return notifications
        .page(caller.accountId(), unreadOnly, type, after, limit)
        .map(items -> Pages.page(items, limit, n -> new PageCursor(n.createdAt(), n.id())));
  }

  public Uni<NotificationView> get(InternalIdentity caller, UUID id) {
    return notifications
        .find(caller.accountId(), id)
        .map(found -> found.orElseThrow(() -> notFound(id)));
  }

  /** Marks the caller's unread notifications read: those in {@code ids}, or all (null). */
  public Uni<Integer> markRead(InternalIdentity caller, List<UUID> ids) {
    return notifications.markRead(caller.accountId(), ids, clock.instant());
  }

  public Uni<Void> delete(InternalIdentity caller, UUID id) {
    return notifications
        .delete(caller.accountId(), id)
        .map(
            deleted -> {
              if (!deleted) {
                throw notFound(id);
              }
              return null;
            });
  }

  private static ApiException notFound(UUID id) {
    return new ApiException(Problem.NOT_FOUND, "No notification " + id);
  }
}
