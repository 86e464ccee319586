package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockReconcilerTest {

    private final StockReconciler reconciler = new StockReconciler();

    @Test
    void matchingCountsHaveNoDiscrepancies() {
        Map<String, Integer> expected = Map.of("MUG-RED", 12, "MUG-BLUE", 40);
        Map<String, Integer> counted = Map.of("MUG-RED", 12, "MUG-BLUE", 40);
        assertTrue(reconciler.reconcile(expected, counted).isEmpty());
    }

    @Test
    void reportsShortCount() {
        List<Discrepancy> result = reconciler.reconcile(Map.of("MUG-RED", 12), Map.of("MUG-RED", 9));
        assertEquals(List.of(new Discrepancy("MUG-RED", 12, 9)), result);
        assertEquals(3, reconciler.shrinkage(result));
    }
}
