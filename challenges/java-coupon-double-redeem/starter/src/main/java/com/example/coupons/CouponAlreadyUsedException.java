package com.example.coupons;

public class CouponAlreadyUsedException extends RuntimeException {

    public CouponAlreadyUsedException(String code) {
        super("coupon " + code + " has already been used");
    }
}
