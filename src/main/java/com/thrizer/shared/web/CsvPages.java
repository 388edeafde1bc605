package com.thrizer.shared.web;

import com.thrizer.shared.paging.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV export of a whole listing: the header, then every page's rows (UTF-8, flushed page by page). */
public final class CsvPages {
    private CsvPages() {}

    /** Prints the rows of one page. */
    @FunctionalInterface
    public interface Rows<T> {
        void print(CSVPrinter csv, Page<T> page) throws IOException;
    }

    /** Reads the pages from the first (cursor {@code null}) to the last and prints each one's rows. */
    public static <T> void write(
            OutputStream out, List<String> columns, Function<String, Page<T>> pages, Rows<T> rows) {
        try {
            CSVPrinter csv = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(columns.toArray(String[]::new))
                    .get()
                    .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            String cursor = null;
            do {
                Page<T> page = pages.apply(cursor);
                rows.print(csv, page);
                csv.flush();
                cursor = page.hasMore() ? page.nextCursor() : null;
            } while (cursor != null);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
