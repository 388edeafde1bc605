package com.thrizer.shared.paging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a list, newest first, with the cursor of the next page. */
public record Page<T>(List<T> data, boolean hasMore, String nextCursor) {

    /** From {@code limit + 1} fetched rows: the extra row only tells that more exist. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Instant> at, Function<T, UUID> id) {
        return of(fetched, limit, t -> 0, at, id);
    }

    /** As {@link #of(List, int, Function, Function)}, for lists ordered by a rank first (e.g. pinned). */
    public static <T> Page<T> of(
            List<T> fetched, int limit, Function<T, Integer> rank, Function<T, Instant> at, Function<T, UUID> id) {
        boolean more = fetched.size() > limit;
        List<T> data = more ? List.copyOf(fetched.subList(0, limit)) : List.copyOf(fetched);
        String next = null;
        if (more) {
            T last = data.get(data.size() - 1);
            next = new Cursor(rank.apply(last), at.apply(last), id.apply(last)).encode();
        }
        return new Page<>(data, more, next);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(data.stream().map(f).toList(), hasMore, nextCursor);
    }
}
