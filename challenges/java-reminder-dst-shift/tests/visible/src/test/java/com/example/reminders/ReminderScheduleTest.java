package com.example.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final ReminderSchedule schedule = new ReminderSchedule();

    @Test
    void dailyReminderInWinterFiresAtTheSameLocalTime() {
        Reminder pills = Reminder.daily("Take vitamins", LocalTime.of(9, 0), BERLIN);
        Instant now = ZonedDateTime.of(2025, 1, 14, 10, 0, 0, 0, BERLIN).toInstant();

        List<ZonedDateTime> next = schedule.upcoming(pills, now, 3);

        assertEquals(List.of(
                ZonedDateTime.of(2025, 1, 15, 9, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2025, 1, 16, 9, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2025, 1, 17, 9, 0, 0, 0, BERLIN)), next);
    }

    @Test
    void firstOccurrenceIsTodayWhenTheTimeIsStillAhead() {
        Reminder standup = Reminder.daily("Stand-up", LocalTime.of(9, 30), BERLIN);
        Instant now = ZonedDateTime.of(2025, 1, 14, 8, 0, 0, 0, BERLIN).toInstant();
        assertEquals(ZonedDateTime.of(2025, 1, 14, 9, 30, 0, 0, BERLIN), schedule.upcoming(standup, now, 1).get(0));
    }
}
