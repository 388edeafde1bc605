package com.thrizer.insurance;

import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.validation.Documents;
import java.util.Optional;

/** An uploaded insurance card image, recognised by its content (magic bytes), not by its declared type. */
public record CardImage(String side, byte[] content) {
    public static final int MAX_BYTES = Documents.MAX_BYTES;

    /** The media type the content really is (PNG, JPEG or PDF), or empty. */
    public Optional<String> sniffedType() {
        return Documents.sniffedType(content);
    }

    /** Why this upload is refused, or empty when it is fine. */
    public Optional<FieldError> problem() {
        return Documents.problem(side.toLowerCase(), content);
    }

    @Override
    public String toString() {
        return "CardImage[" + side + ", " + content.length + " bytes]";
    }
}
