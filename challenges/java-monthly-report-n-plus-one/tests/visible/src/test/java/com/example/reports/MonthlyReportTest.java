package com.example.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyReportTest {

    @Test
    void linesAreOldestFirstWithCustomerNames() {
        InMemoryStore db = new InMemoryStore()
                .addCustomer(new Customer(1, "Acme"))
                .addCustomer(new Customer(2, "Globex"))
                .addOrder(new Order(11, 2, LocalDate.of(2024, 3, 9), 4_500))
                .addOrder(new Order(10, 1, LocalDate.of(2024, 3, 2), 1_200))
                .addOrder(new Order(12, 1, LocalDate.of(2024, 4, 1), 9_900));
        MonthlyReport report = new MonthlyReport(db, db);

        assertEquals(List.of(
                new MonthlyReport.Line(10, LocalDate.of(2024, 3, 2), "Acme", 1_200),
                new MonthlyReport.Line(11, LocalDate.of(2024, 3, 9), "Globex", 4_500)),
                report.lines(YearMonth.of(2024, 3)));
    }
}
