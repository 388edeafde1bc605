package com.thrizer.widget;

import java.time.LocalDate;
import java.util.List;

/** The widget's activity per day over a period, and its totals. */
public record WidgetAnalytics(LocalDate from, LocalDate to, Counts totals, List<Day> days) {
    public record Counts(
            long views,
            long estimatesComplete,
            long estimatesIncomplete,
            long estimatesFailed,
            long leads,
            long leadsConverted) {
        Counts plus(Counts o) {
            return new Counts(
                    views + o.views,
                    estimatesComplete + o.estimatesComplete,
                    estimatesIncomplete + o.estimatesIncomplete,
                    estimatesFailed + o.estimatesFailed,
                    leads + o.leads,
                    leadsConverted + o.leadsConverted);
        }
    }

    public record Day(LocalDate date, Counts counts) {}
}
