package com.thrizer.insurance;

import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Reads uploaded card images (multipart parts), refusing oversized ones before reading them into memory. */
@ApplicationScoped
public class CardImageUploads {

    List<CardImage> read(FileUpload front, FileUpload back) {
        List<CardImage> images = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        add(front, "FRONT", images, errors);
        add(back, "BACK", images, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return images;
    }

    private static void add(FileUpload upload, String side, List<CardImage> images, List<FieldError> errors) {
        if (upload == null || upload.uploadedFile() == null) {
            return;
        }
        if (upload.size() > CardImage.MAX_BYTES) {
            errors.add(new FieldError(side.toLowerCase(), "file_too_large", "must be at most 5 MB"));
            return;
        }
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            images.add(new CardImage(side, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
