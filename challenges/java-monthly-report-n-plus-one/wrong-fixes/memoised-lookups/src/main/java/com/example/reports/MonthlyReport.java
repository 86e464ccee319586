package com.example.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The monthly sales report sent to account managers. */
public final class MonthlyReport {

    public record Line(long orderId, LocalDate placedOn, String customer, long totalCents) {
    }

    private final OrderRepository orders;
    private final CustomerRepository customers;

    public MonthlyReport(OrderRepository orders, CustomerRepository customers) {
        this.orders = orders;
        this.customers = customers;
    }

    /** One line per order placed in month, oldest first (ties by order id). */
    public List<Line> lines(YearMonth month) {
        List<Order> placed = new ArrayList<>(orders.findPlacedIn(month));
        placed.sort(Comparator.comparing(Order::placedOn).thenComparingLong(Order::id));

        List<Line> lines = new ArrayList<>(placed.size());
        // Look each customer up once, however many orders they placed.
        Map<Long, String> names = new java.util.HashMap<>();
        for (Order o : placed) {
            String name = names.computeIfAbsent(o.customerId(), id -> customers.findById(id)
                    .map(Customer::name)
                    .orElse(unknown(id)));
            lines.add(new Line(o.id(), o.placedOn(), name, o.totalCents()));
        }
        return lines;
    }

    /** Revenue per customer name for month, sorted by name. */
    public Map<String, Long> revenueByCustomer(YearMonth month) {
        Map<String, Long> revenue = new TreeMap<>();
        for (Line line : lines(month)) {
            revenue.merge(line.customer(), line.totalCents(), Long::sum);
        }
        return revenue;
    }

    static String unknown(long customerId) {
        return "(unknown customer #" + customerId + ")";
    }
}
