package com.example.reports;

import java.time.YearMonth;
import java.util.List;

/** Read access to orders. Every method call is one database round trip. */
public interface OrderRepository {

    List<Order> findPlacedIn(YearMonth month);
}
