package com.thrizer.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;

/** Dev and tests: emails are kept here (the newest 1,000) instead of being sent. */
@ApplicationScoped
public class MockMailbox {
    private static final int CAPACITY = 1000;
    private final ConcurrentLinkedDeque<SentEmail> sent = new ConcurrentLinkedDeque<>();

    /** An email as it would have been sent. */
    public record SentEmail(String to, String subject, String text) {}

    void add(SentEmail email) {
        sent.addLast(email);
        while (sent.size() > CAPACITY) {
            sent.pollFirst();
        }
    }

    /** Emails sent to an address, oldest first. */
    public List<SentEmail> sentTo(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return sent.stream()
                .filter(e -> e.to().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }
}
