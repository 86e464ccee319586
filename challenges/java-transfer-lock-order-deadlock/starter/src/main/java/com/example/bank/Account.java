package com.example.bank;

/**
 * A bank account. Its balance is guarded by the account's own monitor: code that reads or
 * changes it must hold {@code synchronized (account)}.
 */
public final class Account {

    private final long id;
    private long balanceCents;

    public Account(long id, long openingBalanceCents) {
        this.id = id;
        this.balanceCents = openingBalanceCents;
    }

    public long id() {
        return id;
    }

    public synchronized long balanceCents() {
        return balanceCents;
    }

    void withdraw(long cents) {
        balanceCents -= cents;
    }

    void deposit(long cents) {
        balanceCents += cents;
    }

    @Override
    public String toString() {
        return "Account#" + id;
    }
}
