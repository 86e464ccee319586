package com.example.coupons;

/**
 * Pays for an order with a coupon. Each coupon can pay for exactly one order, even when
 * the same code is submitted twice at the same moment (double clicks, shared codes).
 * Checkout is called concurrently from many request threads.
 */
public final class Checkout {

    public record Receipt(String paymentId, String couponCode, long chargedCents) {
    }

    private final CouponStore store;
    private final PaymentGateway gateway;

    public Checkout(CouponStore store, PaymentGateway gateway) {
        this.store = store;
        this.gateway = gateway;
    }

    /**
     * Charges {@code orderTotalCents} minus the coupon's discount (never less than zero) and
     * uses up the coupon. If the payment is declined the coupon stays unused.
     */
    public Receipt payWithCoupon(String customerId, long orderTotalCents, String code)
            throws PaymentDeclinedException {
        Coupon coupon = store.find(code).orElseThrow(() -> new UnknownCouponException(code));
        if (store.isRedeemed(code)) {
            throw new CouponAlreadyUsedException(code);
        }
        // Mark the coupon before the slow payment call, so a second request sees it as used.
        store.markRedeemed(code);
        long due = Math.max(0, orderTotalCents - coupon.discountCents());
        try {
            String paymentId = gateway.charge(customerId, due);
            return new Receipt(paymentId, code, due);
        } catch (PaymentDeclinedException | RuntimeException e) {
            store.clearRedemption(code);
            throw e;
        }
    }
}
