package com.thrizer.shared.paging;

import java.util.Map;

/** JPQL fragments for newest-first keyset pagination on a (timestamp, id) pair. Never OFFSET. */
public final class Keyset {
    private Keyset() {}

    /** The condition "after the cursor" for an alias and timestamp property, or "true" on the first page. */
    public static String after(PageRequest page, String alias, String timestampProperty, Map<String, Object> params) {
        if (page.after() == null) {
            return "1 = 1";
        }
        params.put("cursorAt", page.after().at());
        params.put("cursorId", page.after().id());
        String t = alias + "." + timestampProperty;
        String id = alias + ".id";
        return "(" + t + " < :cursorAt or (" + t + " = :cursorAt and " + id + " < :cursorId))";
    }

    public static String orderBy(String alias, String timestampProperty) {
        return " order by " + alias + "." + timestampProperty + " desc, " + alias + ".id desc";
    }
}
