package com.thrizer.notifications;

/** An email to send once the transaction that decided it has committed. */
record OutgoingEmail(String to, String subject, String text) {
    @Override
    public String toString() {
        return "OutgoingEmail[subject=" + subject + "]";
    }
}
