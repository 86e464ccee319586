package com.example.reminders;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders upcoming occurrences for the "next reminders" e-mail. */
public final class ReminderFormatter {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    public String describe(Reminder reminder, List<ZonedDateTime> occurrences) {
        StringBuilder sb = new StringBuilder(reminder.title()).append(':');
        for (ZonedDateTime when : occurrences) {
            sb.append("\n  - ").append(FORMAT.format(when));
        }
        return sb.toString();
    }
}
