package com.thrizer.widget;

import java.time.LocalDate;
import java.util.UUID;

/** A prospect's estimate request. Personal data: {@link #toString()} shows none of it. */
public record WidgetEstimateInput(
        String insurerId,
        String memberId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        UUID serviceId,
        String email,
        boolean consent) {
    @Override
    public String toString() {
        return "WidgetEstimateInput[" + serviceId + "]";
    }
}
