package com.example.inventory;

/** A SKU whose counted quantity differs from the quantity on record. */
public record Discrepancy(String sku, int expected, int counted) {

    /** Positive when more units were counted than expected. */
    public int delta() {
        return counted - expected;
    }
}
