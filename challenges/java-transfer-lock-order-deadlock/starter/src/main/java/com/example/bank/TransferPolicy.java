package com.example.bank;

/**
 * Compliance checks (daily limits, sanctions screening...) run for every transfer while the
 * source account is locked, so that the balance they look at cannot change underneath them.
 * Implementations may be slow: they can call other services.
 */
public interface TransferPolicy {

    /** Throws {@link TransferRejectedException} to refuse the transfer. */
    void check(Account from, Account to, long cents);

    TransferPolicy ALLOW_ALL = (from, to, cents) -> { };
}
