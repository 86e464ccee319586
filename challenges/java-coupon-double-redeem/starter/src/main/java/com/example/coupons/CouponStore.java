package com.example.coupons;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe storage of coupons and of which ones have been used. */
public final class CouponStore {

    private final Map<String, Coupon> coupons = new ConcurrentHashMap<>();
    private final Set<String> redeemed = ConcurrentHashMap.newKeySet();

    public void add(Coupon coupon) {
        coupons.put(coupon.code(), coupon);
    }

    public Optional<Coupon> find(String code) {
        return Optional.ofNullable(coupons.get(code));
    }

    public boolean isRedeemed(String code) {
        return redeemed.contains(code);
    }

    /**
     * Marks the coupon as used.
     *
     * @return {@code true} if this call marked it, {@code false} if it was already marked
     */
    public boolean markRedeemed(String code) {
        return redeemed.add(code);
    }

    /** Makes a used coupon usable again (refunds, support tickets). */
    public void clearRedemption(String code) {
        redeemed.remove(code);
    }
}
