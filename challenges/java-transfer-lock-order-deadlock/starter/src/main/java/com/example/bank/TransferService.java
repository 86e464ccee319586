package com.example.bank;

/** Moves money between accounts. Called concurrently from many request threads. */
public final class TransferService {

    private final TransferPolicy policy;
    private final Journal journal;

    public TransferService(TransferPolicy policy, Journal journal) {
        this.policy = policy;
        this.journal = journal;
    }

    /**
     * Moves {@code cents} from one account to another, atomically: no thread ever sees the
     * money in both accounts or in neither.
     *
     * @throws IllegalArgumentException if the amount is not positive or both accounts are the same
     * @throws TransferRejectedException if the policy or the balance does not allow it
     */
    public void transfer(Account from, Account to, long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (from.id() == to.id()) {
            throw new IllegalArgumentException("cannot transfer to the same account");
        }
        synchronized (from) {
            policy.check(from, to, cents);
            if (from.balanceCents() < cents) {
                throw new TransferRejectedException("insufficient funds in " + from);
            }
            synchronized (to) {
                from.withdraw(cents);
                to.deposit(cents);
                journal.record(from, to, cents);
            }
        }
    }
}
