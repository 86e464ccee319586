package com.example.coupons;

/** A single-use coupon worth a fixed amount off an order. */
public record Coupon(String code, long discountCents) {

    public Coupon {
        if (discountCents <= 0) {
            throw new IllegalArgumentException("discount must be positive");
        }
    }
}
