package com.example.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Works out when a reminder fires. */
public final class ReminderSchedule {

    /**
     * The next {@code count} times the reminder fires strictly after {@code after}, in the
     * reminder's zone. The first occurrence is on the day of {@code after} (in that zone) if
     * the reminder's time is still ahead, otherwise on the following day; after that it
     * fires every {@code everyDays} calendar days at the same wall-clock time. If that time
     * does not exist on a given day (clocks jump forward over it), it fires at the
     * equivalent time after the jump.
     */
    public List<ZonedDateTime> upcoming(Reminder reminder, Instant after, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        ZonedDateTime first = firstAfter(reminder, after);
        Duration step = Duration.ofDays(reminder.everyDays());

        List<ZonedDateTime> result = new ArrayList<>(count);
        Instant next = first.toInstant();
        for (int i = 0; i < count; i++) {
            result.add(next.atZone(reminder.zone()));
            next = next.plus(step);
        }
        return result;
    }

    private static ZonedDateTime firstAfter(Reminder reminder, Instant after) {
        LocalDate day = after.atZone(reminder.zone()).toLocalDate();
        ZonedDateTime candidate = ZonedDateTime.of(day, reminder.at(), reminder.zone());
        if (!candidate.toInstant().isAfter(after)) {
            candidate = ZonedDateTime.of(day.plusDays(1), reminder.at(), reminder.zone());
        }
        return candidate;
    }
}
