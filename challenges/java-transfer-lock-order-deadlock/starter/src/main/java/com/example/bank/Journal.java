package com.example.bank;

import java.util.ArrayList;
import java.util.List;

/** Append-only record of completed transfers. Thread-safe. */
public final class Journal {

    public record Entry(long fromId, long toId, long cents) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void record(Account from, Account to, long cents) {
        entries.add(new Entry(from.id(), to.id(), cents));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
