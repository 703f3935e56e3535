package eventlings.examples.accounts;

import eventlings.examples.accounts.AccountEvent.AccountOpened;
import eventlings.examples.accounts.AccountEvent.MoneyDeposited;
import eventlings.examples.accounts.AccountEvent.MoneyWithdrawn;

// A bank account as its events tell it: the same shape as lab 01's user, on another aggregate.
public sealed interface Account {

  // region account-states
  record NoAccount() implements Account {}
  record Open(String accountId, String owner, long balanceCents) implements Account {}
  // endregion account-states

  // region account-evolve
  static Account evolve(Account state, AccountEvent event) {
    return switch (event) {
      case AccountOpened opened -> new Open(opened.accountId(), opened.owner(), 0);
      case MoneyDeposited deposited -> {
        Open open = (Open) state;
        yield new Open(open.accountId(), open.owner(), open.balanceCents() + deposited.cents());
      }
      case MoneyWithdrawn withdrawn -> {
        Open open = (Open) state;
        // An overdraft the bank allowed last year is still an overdraft: evolve records, it does not judge.
        yield new Open(open.accountId(), open.owner(), open.balanceCents() - withdrawn.cents());
      }
    };
  }
  // endregion account-evolve
}
