package com.example.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory stand-in for the reporting database, used in development and
 * tests. It counts queries the way the real database's slow-query log
 * would.
 */
public final class InMemoryStore implements CustomerRepository, OrderRepository {

    private final Map<Long, Customer> customers = new LinkedHashMap<>();
    private final List<Order> orders = new ArrayList<>();
    private int queries;

    public InMemoryStore addCustomer(Customer c) {
        customers.put(c.id(), c);
        return this;
    }

    public InMemoryStore addOrder(Order o) {
        orders.add(o);
        return this;
    }

    /** Number of queries run so far. */
    public int queryCount() {
        return queries;
    }

    @Override
    public Optional<Customer> findById(long id) {
        queries++;
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public Map<Long, Customer> findAllById(Collection<Long> ids) {
        queries++;
        Map<Long, Customer> found = new HashMap<>();
        for (Long id : ids) {
            Customer c = customers.get(id);
            if (c != null) {
                found.put(id, c);
            }
        }
        return found;
    }

    @Override
    public List<Order> findPlacedIn(YearMonth month) {
        queries++;
        List<Order> result = new ArrayList<>();
        for (Order o : orders) {
            if (YearMonth.from(o.placedOn()).equals(month)) {
                result.add(o);
            }
        }
        return result;
    }
}
