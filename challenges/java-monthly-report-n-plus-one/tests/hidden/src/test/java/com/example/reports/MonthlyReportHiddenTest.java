package com.example.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyReportHiddenTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    /** 60 orders in March spread over 5 customers, plus some in April. */
    private static InMemoryStore busyMonth() {
        InMemoryStore db = new InMemoryStore();
        for (long c = 1; c <= 5; c++) {
            db.addCustomer(new Customer(c, "Customer " + c));
        }
        for (long i = 0; i < 60; i++) {
            db.addOrder(new Order(1000 + i, 1 + i % 5, LocalDate.of(2024, 3, 1 + (int) (i % 28)), 100 * (i + 1)));
        }
        for (long i = 0; i < 10; i++) {
            db.addOrder(new Order(2000 + i, 1, LocalDate.of(2024, 4, 2), 50));
        }
        return db;
    }

    @Test
    void reportUsesAConstantNumberOfQueries() {
        InMemoryStore db = busyMonth();
        List<MonthlyReport.Line> lines = new MonthlyReport(db, db).lines(MARCH);
        assertEquals(60, lines.size());
        assertTrue(db.queryCount() <= 2,
                "building a 60-line report ran " + db.queryCount() + " queries; expected at most 2");
    }

    @Test
    void revenueReportUsesAConstantNumberOfQueries() {
        InMemoryStore db = busyMonth();
        Map<String, Long> revenue = new MonthlyReport(db, db).revenueByCustomer(MARCH);
        assertEquals(5, revenue.size());
        assertTrue(db.queryCount() <= 2, "ran " + db.queryCount() + " queries; expected at most 2");
    }

    @Test
    void revenueIsSummedPerCustomer() {
        InMemoryStore db = busyMonth();
        Map<String, Long> revenue = new MonthlyReport(db, db).revenueByCustomer(MARCH);
        long expectedForCustomer1 = 0;
        for (long i = 0; i < 60; i += 5) {
            expectedForCustomer1 += 100 * (i + 1);
        }
        assertEquals(expectedForCustomer1, revenue.get("Customer 1"));
        assertEquals(List.of("Customer 1", "Customer 2", "Customer 3", "Customer 4", "Customer 5"),
                List.copyOf(revenue.keySet()));
    }

    @Test
    void ordersOfDeletedCustomersAreStillListed() {
        InMemoryStore db = new InMemoryStore()
                .addCustomer(new Customer(1, "Acme"))
                .addOrder(new Order(1, 1, LocalDate.of(2024, 3, 5), 700))
                .addOrder(new Order(2, 99, LocalDate.of(2024, 3, 6), 300));
        List<MonthlyReport.Line> lines = new MonthlyReport(db, db).lines(MARCH);
        assertEquals(List.of(
                new MonthlyReport.Line(1, LocalDate.of(2024, 3, 5), "Acme", 700),
                new MonthlyReport.Line(2, LocalDate.of(2024, 3, 6), "(unknown customer #99)", 300)), lines);
    }

    @Test
    void sameDayOrdersAreSortedById() {
        InMemoryStore db = new InMemoryStore()
                .addCustomer(new Customer(1, "Acme"))
                .addOrder(new Order(30, 1, LocalDate.of(2024, 3, 5), 1))
                .addOrder(new Order(20, 1, LocalDate.of(2024, 3, 5), 2))
                .addOrder(new Order(25, 1, LocalDate.of(2024, 3, 4), 3));
        List<Long> ids = new MonthlyReport(db, db).lines(MARCH).stream().map(MonthlyReport.Line::orderId).toList();
        assertEquals(List.of(25L, 20L, 30L), ids);
    }

    @Test
    void emptyMonthGivesEmptyReport() {
        InMemoryStore db = busyMonth();
        assertEquals(List.of(), new MonthlyReport(db, db).lines(YearMonth.of(2024, 1)));
        assertTrue(db.queryCount() <= 2);
    }
}
