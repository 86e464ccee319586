package com.example.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TransferServiceHiddenTest {

    /**
     * A slow compliance check: the first check of each transfer waits (up to one second)
     * until the other transfer is being checked too. Two transfers that can run at the same
     * time always overlap inside the check.
     */
    static final class RendezvousPolicy implements TransferPolicy {
        final CyclicBarrier both = new CyclicBarrier(2);
        final AtomicBoolean overlapped = new AtomicBoolean();

        @Override
        public void check(Account from, Account to, long cents) {
            try {
                both.await(1, TimeUnit.SECONDS);
                overlapped.set(true);
            } catch (TimeoutException | BrokenBarrierException e) {
                // the other transfer could not get here: go on alone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Runs both transfers at once on daemon threads and fails if they have not both finished
     * within five seconds (a deadlock), instead of hanging the test run.
     */
    private static void runConcurrently(Runnable a, Runnable b) throws InterruptedException {
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread ta = new Thread(a, "transfer-a");
        Thread tb = new Thread(b, "transfer-b");
        for (Thread t : List.of(ta, tb)) {
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> error.set(e));
        }
        ta.start();
        tb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        ta.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        tb.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        if (ta.isAlive() || tb.isAlive()) {
            fail("transfers still blocked after 5 s: deadlock");
        }
        if (error.get() != null) {
            fail("a transfer failed", error.get());
        }
    }

    @Test
    void oppositeTransfersAtTheSameTimeBothComplete() throws Exception {
        Account alice = new Account(1, 10_000);
        Account bob = new Account(2, 10_000);
        Journal journal = new Journal();
        TransferService service = new TransferService(new RendezvousPolicy(), journal);

        runConcurrently(() -> service.transfer(alice, bob, 3_000), () -> service.transfer(bob, alice, 1_000));

        assertEquals(8_000, alice.balanceCents());
        assertEquals(12_000, bob.balanceCents());
        assertEquals(2, journal.entries().size());
    }

    @Test
    void oppositeTransfersCompleteWhicheverAccountHasTheLowerId() throws Exception {
        Account a = new Account(907, 5_000);
        Account b = new Account(12, 5_000);
        TransferService service = new TransferService(new RendezvousPolicy(), new Journal());

        runConcurrently(() -> service.transfer(b, a, 700), () -> service.transfer(a, b, 200));

        assertEquals(5_500, a.balanceCents());
        assertEquals(4_500, b.balanceCents());
    }

    @Test
    void transfersBetweenUnrelatedAccountsDoNotWaitForEachOther() throws Exception {
        Account a = new Account(1, 1_000);
        Account b = new Account(2, 1_000);
        Account c = new Account(3, 1_000);
        Account d = new Account(4, 1_000);
        RendezvousPolicy policy = new RendezvousPolicy();
        TransferService service = new TransferService(policy, new Journal());

        runConcurrently(() -> service.transfer(a, b, 100), () -> service.transfer(c, d, 100));

        assertTrue(policy.overlapped.get(), "transfers between unrelated accounts were serialised");
        assertEquals(900, a.balanceCents());
        assertEquals(1_100, d.balanceCents());
    }

    @Test
    void rejectedTransferChangesNothing() {
        Account a = new Account(1, 1_000);
        Account b = new Account(2, 1_000);
        Journal journal = new Journal();
        TransferService service = new TransferService((from, to, cents) -> {
            if (cents > 500) {
                throw new TransferRejectedException("daily limit");
            }
        }, journal);

        assertThrows(TransferRejectedException.class, () -> service.transfer(a, b, 600));
        assertEquals(1_000, a.balanceCents());
        assertEquals(1_000, b.balanceCents());
        assertEquals(List.of(), journal.entries());
    }

    @Test
    void invalidTransfersAreRefused() {
        Account a = new Account(1, 1_000);
        TransferService service = new TransferService(TransferPolicy.ALLOW_ALL, new Journal());
        assertThrows(IllegalArgumentException.class, () -> service.transfer(a, a, 10));
        assertThrows(IllegalArgumentException.class, () -> service.transfer(a, new Account(2, 0), 0));
    }

    @Test
    void policyRunsWithTheSourceAccountLocked() {
        Account a = new Account(5, 1_000);
        Account b = new Account(3, 1_000);
        AtomicBoolean sourceHeld = new AtomicBoolean();
        TransferService service = new TransferService(
                (from, to, cents) -> sourceHeld.set(Thread.holdsLock(from)), new Journal());
        service.transfer(a, b, 10);
        assertTrue(sourceHeld.get());
        service.transfer(b, a, 10);
        assertTrue(sourceHeld.get());
        assertFalse(Thread.holdsLock(a) || Thread.holdsLock(b));
    }

    @Test
    void manySequentialTransfersConserveMoney() {
        Account[] accounts = {new Account(1, 1_000), new Account(2, 1_000), new Account(3, 1_000)};
        TransferService service = new TransferService(TransferPolicy.ALLOW_ALL, new Journal());
        for (int i = 0; i < 300; i++) {
            try {
                service.transfer(accounts[i % 3], accounts[(i * 7 + 1) % 3 == i % 3 ? (i + 1) % 3 : (i * 7 + 1) % 3], 1 + i % 40);
            } catch (TransferRejectedException e) {
                // fine: not enough money for this one
            }
        }
        long total = 0;
        for (Account acc : accounts) {
            total += acc.balanceCents();
        }
        assertEquals(3_000, total);
    }
}
