package dev.vizzor.gateway.account;

import java.util.List;
import java.util.Optional;

/**
 * One page of accounts, newest first, and the cursor of the next page when there may be one. A
 * cursor names the last account shown, so accounts created while an operator pages through the list
 * neither repeat nor push others off a page.
 */
public record AccountPage(List<AccountSummary> accounts, Optional<AccountCursor> next) {}
