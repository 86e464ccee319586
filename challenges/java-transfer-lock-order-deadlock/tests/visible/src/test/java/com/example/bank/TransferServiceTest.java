package com.example.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransferServiceTest {

    @Test
    void transferMovesMoneyAndIsJournaled() {
        Account alice = new Account(1, 10_000);
        Account bob = new Account(2, 500);
        Journal journal = new Journal();
        TransferService service = new TransferService(TransferPolicy.ALLOW_ALL, journal);

        service.transfer(alice, bob, 2_500);
        service.transfer(bob, alice, 1_000);

        assertEquals(8_500, alice.balanceCents());
        assertEquals(2_000, bob.balanceCents());
        assertEquals(List.of(new Journal.Entry(1, 2, 2_500), new Journal.Entry(2, 1, 1_000)), journal.entries());
    }

    @Test
    void insufficientFundsAreRejected() {
        Account alice = new Account(1, 100);
        Account bob = new Account(2, 0);
        TransferService service = new TransferService(TransferPolicy.ALLOW_ALL, new Journal());
        assertThrows(TransferRejectedException.class, () -> service.transfer(alice, bob, 101));
        assertEquals(100, alice.balanceCents());
        assertEquals(0, bob.balanceCents());
    }
}
