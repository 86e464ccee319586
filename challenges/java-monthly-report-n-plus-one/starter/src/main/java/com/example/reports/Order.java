package com.example.reports;

import java.time.LocalDate;

public record Order(long id, long customerId, LocalDate placedOn, long totalCents) {
}
