package com.example.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the quantities on record with the quantities counted during a
 * stock take. A SKU missing from one side counts as zero units there.
 */
public final class StockReconciler {

    /** Returns the SKUs whose quantities differ, sorted by SKU. */
    public List<Discrepancy> reconcile(Map<String, Integer> expected, Map<String, Integer> counted) {
        SortedSet<String> skus = new TreeSet<>(expected.keySet());
        skus.addAll(counted.keySet());

        List<Discrepancy> result = new ArrayList<>();
        for (String sku : skus) {
            Integer onRecord = expected.getOrDefault(sku, 0);
            Integer onShelf = counted.getOrDefault(sku, 0);
            if (!onRecord.equals(onShelf)) {
                result.add(new Discrepancy(sku, onRecord, onShelf));
            }
        }
        return result;
    }

    /** Net number of units missing across all discrepancies (negative if there is a surplus). */
    public int shrinkage(List<Discrepancy> discrepancies) {
        int missing = 0;
        for (Discrepancy d : discrepancies) {
            missing -= d.delta();
        }
        return missing;
    }
}
