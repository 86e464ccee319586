package com.example.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleHiddenTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final ReminderSchedule schedule = new ReminderSchedule();

    private static List<LocalDateTime> local(List<ZonedDateTime> times) {
        return times.stream().map(ZonedDateTime::toLocalDateTime).toList();
    }

    @Test
    void keepsLocalTimeAcrossSpringForward() {
        // Berlin moves from +01:00 to +02:00 on 30 March 2025.
        Reminder r = Reminder.daily("Water plants", LocalTime.of(9, 0), BERLIN);
        Instant now = ZonedDateTime.of(2025, 3, 28, 12, 0, 0, 0, BERLIN).toInstant();
        assertEquals(List.of(
                LocalDateTime.of(2025, 3, 29, 9, 0),
                LocalDateTime.of(2025, 3, 30, 9, 0),
                LocalDateTime.of(2025, 3, 31, 9, 0)), local(schedule.upcoming(r, now, 3)));
    }

    @Test
    void keepsLocalTimeAcrossFallBack() {
        // Berlin moves from +02:00 to +01:00 on 26 October 2025.
        Reminder r = Reminder.daily("Water plants", LocalTime.of(9, 0), BERLIN);
        Instant now = ZonedDateTime.of(2025, 10, 25, 6, 0, 0, 0, BERLIN).toInstant();
        assertEquals(List.of(
                LocalDateTime.of(2025, 10, 25, 9, 0),
                LocalDateTime.of(2025, 10, 26, 9, 0),
                LocalDateTime.of(2025, 10, 27, 9, 0)), local(schedule.upcoming(r, now, 3)));
    }

    @Test
    void everyOtherDayAcrossAmericanDstChange() {
        // New York moves from -05:00 to -04:00 on 9 March 2025.
        Reminder r = new Reminder("Backup", LocalTime.of(18, 0), NEW_YORK, 2);
        Instant now = ZonedDateTime.of(2025, 3, 5, 19, 0, 0, 0, NEW_YORK).toInstant();
        List<ZonedDateTime> next = schedule.upcoming(r, now, 4);
        assertEquals(List.of(
                LocalDateTime.of(2025, 3, 6, 18, 0),
                LocalDateTime.of(2025, 3, 8, 18, 0),
                LocalDateTime.of(2025, 3, 10, 18, 0),
                LocalDateTime.of(2025, 3, 12, 18, 0)), local(next));
        assertEquals(ZoneOffset.ofHours(-4), next.get(2).getOffset());
    }

    @Test
    void timeInsideTheGapMovesForwardOnThatDayOnly() {
        // 02:30 does not exist in Berlin on 30 March 2025.
        Reminder r = Reminder.daily("Night job", LocalTime.of(2, 30), BERLIN);
        Instant now = ZonedDateTime.of(2025, 3, 28, 12, 0, 0, 0, BERLIN).toInstant();
        assertEquals(List.of(
                LocalDateTime.of(2025, 3, 29, 2, 30),
                LocalDateTime.of(2025, 3, 30, 3, 30),
                LocalDateTime.of(2025, 3, 31, 2, 30),
                LocalDateTime.of(2025, 4, 1, 2, 30)), local(schedule.upcoming(r, now, 4)));
    }

    @Test
    void occurrencesAreInTheReminderZone() {
        Reminder r = Reminder.daily("Call", LocalTime.of(7, 15), NEW_YORK);
        Instant now = Instant.parse("2025-06-01T00:00:00Z");
        ZonedDateTime first = schedule.upcoming(r, now, 1).get(0);
        assertEquals(NEW_YORK, first.getZone());
        assertEquals(LocalDateTime.of(2025, 6, 1, 7, 15), first.toLocalDateTime());
    }

    @Test
    void weeklyReminderInUtc() {
        Reminder r = new Reminder("Report", LocalTime.NOON, ZoneOffset.UTC, 7);
        Instant now = Instant.parse("2025-03-29T12:00:00Z");
        assertEquals(List.of(
                LocalDateTime.of(2025, 3, 30, 12, 0),
                LocalDateTime.of(2025, 4, 6, 12, 0)), local(schedule.upcoming(r, now, 2)));
    }

    @Test
    void zeroCountAndInvalidArguments() {
        Reminder r = Reminder.daily("x", LocalTime.NOON, BERLIN);
        assertEquals(List.of(), schedule.upcoming(r, Instant.EPOCH, 0));
        assertThrows(IllegalArgumentException.class, () -> schedule.upcoming(r, Instant.EPOCH, -1));
        assertThrows(IllegalArgumentException.class, () -> new Reminder("x", LocalTime.NOON, BERLIN, 0));
    }

    @Test
    void formatterListsLocalTimes() {
        Reminder r = Reminder.daily("Water plants", LocalTime.of(9, 0), BERLIN);
        Instant now = ZonedDateTime.of(2025, 3, 29, 12, 0, 0, 0, BERLIN).toInstant();
        assertEquals("Water plants:\n  - Sun 30 Mar 2025 09:00\n  - Mon 31 Mar 2025 09:00",
                new ReminderFormatter().describe(r, schedule.upcoming(r, now, 2)));
    }
}
