package com.example.reminders;

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
        LocalDate firstDay = firstAfter(reminder, after).toLocalDate();

        // Step in calendar days and resolve the wall-clock time on each day anew:
        // a day is not always 24 hours long, and a time shifted by a DST gap on one
        // day must not carry over to the next.
        List<ZonedDateTime> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = firstDay.plusDays((long) i * reminder.everyDays());
            result.add(ZonedDateTime.of(day, reminder.at(), reminder.zone()));
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
