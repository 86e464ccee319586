package com.example.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    private final List<Long> charges = new ArrayList<>();
    private final PaymentGateway gateway = (customer, cents) -> {
        charges.add(cents);
        return "pay-" + charges.size();
    };

    @Test
    void couponReducesTheChargeAndIsUsedUp() throws Exception {
        CouponStore store = new CouponStore();
        store.add(new Coupon("WELCOME10", 1_000));
        Checkout checkout = new Checkout(store, gateway);

        Checkout.Receipt receipt = checkout.payWithCoupon("c-1", 4_500, "WELCOME10");

        assertEquals(new Checkout.Receipt("pay-1", "WELCOME10", 3_500), receipt);
        assertTrue(store.isRedeemed("WELCOME10"));
    }

    @Test
    void couponCannotBeUsedTwice() throws Exception {
        CouponStore store = new CouponStore();
        store.add(new Coupon("WELCOME10", 1_000));
        Checkout checkout = new Checkout(store, gateway);
        checkout.payWithCoupon("c-1", 4_500, "WELCOME10");

        assertThrows(CouponAlreadyUsedException.class, () -> checkout.payWithCoupon("c-2", 2_000, "WELCOME10"));
        assertEquals(List.of(3_500L), charges);
    }
}
