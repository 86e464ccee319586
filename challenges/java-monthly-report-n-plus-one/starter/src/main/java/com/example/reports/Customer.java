package com.example.reports;

public record Customer(long id, String name) {
}
