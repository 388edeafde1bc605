package com.thrizer.events.domain;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by each feature for the objects its events carry: the object as the practice API returns it (the
 * generated DTO), read inside the transaction that records the event, whoever made the change (a request or a job).
 */
public interface EventObjectRenderer {
    Set<EventType.ObjectKind> kinds();

    /** The object of a practice, as its API answers it to a practice admin or API key. */
    Object render(EventType.ObjectKind kind, UUID practiceId, UUID id);

    /** The row, checked to belong to the event's practice (a mismatch is a bug: the event is not recorded). */
    static <T extends PracticeOwnedEntity> T inPractice(T row, UUID practiceId) {
        if (row == null || !row.practiceId.equals(practiceId)) {
            throw new IllegalStateException("the event's object is not in its practice");
        }
        return row;
    }
}
