package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StockReconcilerRandomHiddenTest {

    /**
     * The inputs of randomised tests come from FIXPOINT_SEED (a graded run gets its own and
     * records it, so a run can be replayed); without it a fixed seed keeps a local run
     * reproducible.
     */
    static Random seededRandom() {
        String seed = System.getenv("FIXPOINT_SEED");
        if (seed == null || seed.isEmpty()) seed = "java-stock-integer-identity";
        long h = 0xcbf29ce484222325L; // FNV-1a
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return new Random(h);
    }

    @Test
    void randomStockTakesReconcileAsTheModelSays() {
        Random rng = seededRandom();
        StockReconciler reconciler = new StockReconciler();
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> expected = new HashMap<>();
            Map<String, Integer> counted = new HashMap<>();
            for (int i = rng.nextInt(8); i > 0; i--) {
                String sku = "SKU-" + rng.nextInt(10);
                int onRecord = rng.nextInt(3) == 0 ? rng.nextInt(128) : rng.nextInt(5000);
                int onShelf = rng.nextInt(2) == 0 ? onRecord : onRecord + rng.nextInt(7) - 3;
                // Parsed from text, as the stock-take import does: equal values, separate objects.
                if (rng.nextInt(4) > 0) expected.put(sku, Integer.valueOf(Integer.toString(onRecord)));
                if (rng.nextInt(4) > 0) counted.put(sku, Integer.valueOf(Integer.toString(onShelf)));
            }
            List<Discrepancy> want = new ArrayList<>();
            TreeSet<String> skus = new TreeSet<>(expected.keySet());
            skus.addAll(counted.keySet());
            int missing = 0;
            for (String sku : skus) {
                int a = expected.getOrDefault(sku, 0);
                int b = counted.getOrDefault(sku, 0);
                if (a != b) {
                    want.add(new Discrepancy(sku, a, b));
                    missing += a - b;
                }
            }
            List<Discrepancy> got = reconciler.reconcile(expected, counted);
            assertEquals(want, got, "expected " + expected + ", counted " + counted);
            assertEquals(missing, reconciler.shrinkage(got));
        }
    }
}
