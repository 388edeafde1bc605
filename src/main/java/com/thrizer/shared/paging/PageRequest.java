package com.thrizer.shared.paging;

/** A page to fetch: at most {@code limit} items after {@code after} (null = first page). */
public record PageRequest(int limit, Cursor after) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range");
        }
    }

    /** From the raw query parameters (already range-checked by the contract). */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(
                limit == null ? DEFAULT_LIMIT : limit,
                cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor));
    }
}
