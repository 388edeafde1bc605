package com.thrizer.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Files the API answers (CSV exports, PDF receipts and superbills): always {@code Content-Disposition: attachment}
 * with a file name, so that browsers and Swagger UI offer a download instead of showing the bytes as text.
 */
public final class Attachments {
    public static final String CSV = "text/csv; charset=utf-8";
    public static final String PDF = "application/pdf";

    private Attachments() {}

    /** A streamed CSV file. */
    public static Response csv(StreamingOutput content, String filename) {
        return attachment(content, CSV, filename);
    }

    /** A PDF document. */
    public static Response pdf(byte[] content, String filename) {
        return attachment(content, PDF, filename);
    }

    private static Response attachment(Object content, String mediaType, String filename) {
        if (!filename.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new IllegalArgumentException("unsafe file name");
        }
        return Response.ok(content, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
