package com.thrizer.shared.validation;

import com.thrizer.shared.error.FieldError;
import java.util.Arrays;
import java.util.Optional;

/** Uploaded documents (card images, superbills): recognised by their content (magic bytes), never by their name. */
public final class Documents {
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private Documents() {}

    /** The media type the content really is (PNG, JPEG or PDF), or empty. */
    public static Optional<String> sniffedType(byte[] content) {
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** Why this upload is refused (named by {@code param}), or empty when it is fine. */
    public static Optional<FieldError> problem(String param, byte[] content) {
        if (content.length == 0) {
            return Optional.of(new FieldError(param, "required", "is empty"));
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(new FieldError(param, "file_too_large", "must be at most 5 MB"));
        }
        if (sniffedType(content).isEmpty()) {
            return Optional.of(new FieldError(param, "unsupported_file_type", "must be a PNG, JPEG or PDF file"));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
