package com.thrizer.insurance;

import com.thrizer.shared.error.FieldError;
import java.util.Arrays;
import java.util.Optional;

/** An uploaded insurance card image, recognised by its content (magic bytes), not by its declared type. */
public record CardImage(String side, byte[] content) {
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The media type the content really is (PNG, JPEG or PDF), or empty. */
    public Optional<String> sniffedType() {
        if (startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** Why this upload is refused, or empty when it is fine. */
    public Optional<FieldError> problem() {
        String param = side.toLowerCase();
        if (content.length == 0) {
            return Optional.of(new FieldError(param, "required", "is empty"));
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(new FieldError(param, "file_too_large", "must be at most 5 MB"));
        }
        if (sniffedType().isEmpty()) {
            return Optional.of(new FieldError(param, "unsupported_file_type", "must be a PNG, JPEG or PDF file"));
        }
        return Optional.empty();
    }

    private boolean startsWith(byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    @Override
    public String toString() {
        return "CardImage[" + side + ", " + content.length + " bytes]";
    }
}
