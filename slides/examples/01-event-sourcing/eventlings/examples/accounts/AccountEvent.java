package eventlings.examples.accounts;

import java.time.Instant;

// region account-events
public sealed interface AccountEvent {
  record AccountOpened(String accountId, String owner, Instant at) implements AccountEvent {}
  record MoneyDeposited(String accountId, long cents, Instant at) implements AccountEvent {}
  record MoneyWithdrawn(String accountId, long cents, Instant at) implements AccountEvent {}
}
// endregion account-events
