package com.thrizer.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Business-day arithmetic for fund availability (weekends skipped; bank holidays are not modelled yet). */
public final class BusinessDays {
    /** Charges become available for payout this many business days after the charge. */
    public static final int AVAILABILITY_DELAY = 2;

    private BusinessDays() {}

    public static LocalDate plus(LocalDate date, int days) {
        LocalDate d = date;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }
}
