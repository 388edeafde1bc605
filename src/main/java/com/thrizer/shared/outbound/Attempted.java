package com.thrizer.shared.outbound;

/**
 * What one {@link OutsideCalls#run} came to: nothing was due, or the attempt was settled, refused (definitely not
 * done) or left with its answer lost; {@code result} is what the operation's settle, refused or lost step returned.
 */
public record Attempted<S>(Status status, S result, RuntimeException failure) {
    public enum Status {
        NOTHING_DUE,
        SETTLED,
        REFUSED,
        LOST
    }

    static <S> Attempted<S> nothingDue() {
        return new Attempted<>(Status.NOTHING_DUE, null, null);
    }

    public boolean attempted() {
        return status != Status.NOTHING_DUE;
    }
}
