package com.example.coupons;

public class UnknownCouponException extends RuntimeException {

    public UnknownCouponException(String code) {
        super("no such coupon: " + code);
    }
}
