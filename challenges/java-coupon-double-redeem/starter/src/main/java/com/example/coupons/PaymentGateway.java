package com.example.coupons;

/** The card processor. Calls are slow (a network round trip). */
public interface PaymentGateway {

    /**
     * Charges the customer.
     *
     * @return the payment id
     * @throws PaymentDeclinedException if the card was declined
     */
    String charge(String customerId, long amountCents) throws PaymentDeclinedException;
}
