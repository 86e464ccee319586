package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockReconcilerHiddenTest {

    private final StockReconciler reconciler = new StockReconciler();

    @Test
    void largeMatchingCountsHaveNoDiscrepancies() {
        Map<String, Integer> expected = Map.of("SCREW-M4", 1000, "WASHER", 250);
        Map<String, Integer> counted = Map.of("SCREW-M4", 1000, "WASHER", 250);
        assertEquals(List.of(), reconciler.reconcile(expected, counted));
    }

    @Test
    void countsJustAboveOneHundredTwentySevenMatch() {
        Map<String, Integer> expected = new HashMap<>();
        Map<String, Integer> counted = new HashMap<>();
        expected.put("BOLT", 128);
        counted.put("BOLT", 128);
        assertEquals(List.of(), reconciler.reconcile(expected, counted));
    }

    @Test
    void countsParsedFromTextMatch() {
        Map<String, Integer> expected = Map.of("CABLE-2M", Integer.valueOf("2048"));
        Map<String, Integer> counted = Map.of("CABLE-2M", Integer.valueOf("2048"));
        assertEquals(List.of(), reconciler.reconcile(expected, counted));
    }

    @Test
    void smallMatchingCountsStillMatch() {
        assertEquals(List.of(), reconciler.reconcile(Map.of("A", 127, "B", 0), Map.of("A", 127, "B", 0)));
    }

    @Test
    void largeRealDifferenceIsReported() {
        List<Discrepancy> result = reconciler.reconcile(Map.of("SCREW-M4", 1000), Map.of("SCREW-M4", 990));
        assertEquals(List.of(new Discrepancy("SCREW-M4", 1000, 990)), result);
        assertEquals(10, reconciler.shrinkage(result));
    }

    @Test
    void missingSkuCountsAsZeroOnThatSide() {
        List<Discrepancy> result = reconciler.reconcile(Map.of("LAMP", 300), Map.of("SHADE", 4));
        assertEquals(List.of(new Discrepancy("LAMP", 300, 0), new Discrepancy("SHADE", 0, 4)), result);
        assertEquals(296, reconciler.shrinkage(result));
    }

    @Test
    void skuWithZeroOnRecordAndMissingCountMatches() {
        assertEquals(List.of(), reconciler.reconcile(Map.of("RETIRED", 0), Map.of()));
    }
}
