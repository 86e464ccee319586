package com.example.reminders;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A recurring reminder: "every {@code everyDays} days at {@code at}, wall-clock time in
 * {@code zone}".
 */
public record Reminder(String title, LocalTime at, ZoneId zone, int everyDays) {

    public Reminder {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        if (everyDays < 1) {
            throw new IllegalArgumentException("everyDays must be at least 1, got " + everyDays);
        }
    }

    public static Reminder daily(String title, LocalTime at, ZoneId zone) {
        return new Reminder(title, at, zone, 1);
    }
}
