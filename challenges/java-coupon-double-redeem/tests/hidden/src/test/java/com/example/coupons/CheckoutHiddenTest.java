package com.example.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CheckoutHiddenTest {

    /**
     * A gateway whose charges wait (up to two seconds) until two charges are in flight at
     * once. This makes two concurrent checkouts overlap inside the slow network call, every
     * time, if the code lets them both get that far.
     */
    static final class RendezvousGateway implements PaymentGateway {
        final CyclicBarrier bothCharging = new CyclicBarrier(2);
        final List<String> charged = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean overlapped = new AtomicBoolean();

        @Override
        public String charge(String customerId, long amountCents) {
            try {
                bothCharging.await(2, TimeUnit.SECONDS);
                overlapped.set(true);
            } catch (TimeoutException | BrokenBarrierException e) {
                // the other checkout never reached the gateway: carry on alone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            charged.add(customerId);
            return "pay-" + customerId;
        }
    }

    /** Runs both tasks at the same moment and returns what each returned or threw. */
    private static List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        return task.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(8, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The store's set of used codes, wrapped so that a membership check waits (up to two
     * seconds) until two checks are in flight at once: two checkouts that first ask "is it
     * used?" and then mark it both get "no", every time. Code that claims the coupon in one
     * atomic step never waits here. Left alone when the store keeps its codes elsewhere.
     */
    static final class RendezvousSet extends AbstractSet<String> {
        final Set<String> inner;
        final CyclicBarrier bothChecking = new CyclicBarrier(2);

        RendezvousSet(Set<String> inner) {
            this.inner = inner;
        }

        @Override
        public boolean contains(Object o) {
            boolean answer = inner.contains(o);
            try {
                bothChecking.await(2, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                // the other checkout never asked: carry on alone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        }

        @Override
        public boolean add(String s) {
            return inner.add(s);
        }

        @Override
        public boolean remove(Object o) {
            return inner.remove(o);
        }

        @Override
        public Iterator<String> iterator() {
            return inner.iterator();
        }

        @Override
        public int size() {
            return inner.size();
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkUsedCodesAtTheSameMoment(CouponStore store) throws Exception {
        for (Field f : CouponStore.class.getDeclaredFields()) {
            if (Set.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                f.set(store, new RendezvousSet((Set<String>) f.get(store)));
            }
        }
    }

    @Test
    void checkoutsThatBothSeeAnUnusedCouponStillRedeemItOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            CouponStore store = new CouponStore();
            store.add(new Coupon("CYBERMONDAY", 2_000));
            checkUsedCodesAtTheSameMoment(store);
            List<String> charged = Collections.synchronizedList(new ArrayList<>());
            Checkout checkout = new Checkout(store, (customer, cents) -> {
                charged.add(customer);
                return "pay-" + customer;
            });

            List<Object> results = race(
                    () -> checkout.payWithCoupon("alice", 6_000, "CYBERMONDAY"),
                    () -> checkout.payWithCoupon("bob", 6_000, "CYBERMONDAY"));

            long receipts = results.stream().filter(r -> r instanceof Checkout.Receipt).count();
            assertEquals(1, receipts, "exactly one checkout may use the coupon, got " + results);
            assertEquals(1, charged.size(), "charged: " + charged);
        });
    }

    @Test
    void differentCouponsAreChargedConcurrently() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            CouponStore store = new CouponStore();
            store.add(new Coupon("A-1", 100));
            store.add(new Coupon("B-2", 100));
            RendezvousGateway gateway = new RendezvousGateway();
            Checkout checkout = new Checkout(store, gateway);

            List<Object> results = race(
                    () -> checkout.payWithCoupon("alice", 1_000, "A-1"),
                    () -> checkout.payWithCoupon("bob", 1_000, "B-2"));

            assertTrue(results.stream().allMatch(r -> r instanceof Checkout.Receipt), "got " + results);
            assertTrue(gateway.overlapped.get(),
                    "checkouts with different coupons must not wait for each other's payment");
        });
    }

    @Test
    void declinedPaymentLeavesCouponUsable() throws Exception {
        CouponStore store = new CouponStore();
        store.add(new Coupon("SPRING", 500));
        AtomicBoolean decline = new AtomicBoolean(true);
        Checkout checkout = new Checkout(store, (customer, cents) -> {
            if (decline.get()) {
                throw new PaymentDeclinedException("insufficient funds");
            }
            return "pay-ok";
        });

        assertThrows(PaymentDeclinedException.class, () -> checkout.payWithCoupon("c-1", 2_000, "SPRING"));
        assertFalse(store.isRedeemed("SPRING"));

        decline.set(false);
        assertEquals(new Checkout.Receipt("pay-ok", "SPRING", 1_500), checkout.payWithCoupon("c-1", 2_000, "SPRING"));
        assertTrue(store.isRedeemed("SPRING"));
    }

    @Test
    void discountLargerThanOrderChargesZero() throws Exception {
        CouponStore store = new CouponStore();
        store.add(new Coupon("BIG", 10_000));
        Checkout checkout = new Checkout(store, (customer, cents) -> "pay-" + cents);
        assertEquals(new Checkout.Receipt("pay-0", "BIG", 0), checkout.payWithCoupon("c-1", 2_500, "BIG"));
    }

    @Test
    void unknownCouponIsRejectedWithoutCharging() {
        List<Long> charges = new ArrayList<>();
        Checkout checkout = new Checkout(new CouponStore(), (customer, cents) -> {
            charges.add(cents);
            return "pay";
        });
        assertThrows(UnknownCouponException.class, () -> checkout.payWithCoupon("c-1", 100, "NOPE"));
        assertEquals(List.of(), charges);
    }

    @Test
    void clearedRedemptionCanBeUsedAgain() throws Exception {
        CouponStore store = new CouponStore();
        store.add(new Coupon("SORRY", 300));
        Checkout checkout = new Checkout(store, (customer, cents) -> "pay");
        checkout.payWithCoupon("c-1", 1_000, "SORRY");
        store.clearRedemption("SORRY");
        assertEquals(700, checkout.payWithCoupon("c-1", 1_000, "SORRY").chargedCents());
    }
}
