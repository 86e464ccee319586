package com.example.bank;

public class TransferRejectedException extends RuntimeException {

    public TransferRejectedException(String message) {
        super(message);
    }
}
