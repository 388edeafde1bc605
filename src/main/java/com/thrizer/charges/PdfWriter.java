package com.thrizer.charges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Simple letter-size documents (Apache PDFBox): a title, label/value rows, headings, tables and notes, with page
 * breaks. Text the standard fonts cannot encode prints as '?'. Receipts and superbills are written with it.
 */
final class PdfWriter implements AutoCloseable {
    private static final float LEFT = 72;
    private static final float TOP = 720;
    private static final float BOTTOM = 72;
    private static final float LINE = 16;

    private final PDDocument doc = new PDDocument();
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream cs;
    private float y;

    PdfWriter(String title) {
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("Thrizer");
        newPage();
        text(bold, 20, LEFT, y, title);
        y -= 2 * LINE;
    }

    /** A label and its value, in two columns. */
    PdfWriter row(String label, String value) {
        room(LINE);
        text(bold, 11, LEFT, y, label);
        text(regular, 11, 260, y, value);
        y -= LINE;
        return this;
    }

    PdfWriter heading(String heading) {
        room(2 * LINE);
        y -= LINE / 2;
        text(bold, 13, LEFT, y, heading);
        y -= LINE;
        return this;
    }

    /** A table: a bold header row and one row per entry, each cell starting at its column's x. */
    PdfWriter table(float[] columns, String[] header, List<String[]> rows) {
        room(2 * LINE);
        for (int i = 0; i < header.length; i++) {
            text(bold, 9, columns[i], y, header[i]);
        }
        y -= LINE;
        for (String[] row : rows) {
            if (room(LINE)) {
                for (int i = 0; i < header.length; i++) {
                    text(bold, 9, columns[i], y, header[i]);
                }
                y -= LINE;
            }
            for (int i = 0; i < row.length; i++) {
                text(regular, 9, columns[i], y, row[i]);
            }
            y -= LINE;
        }
        return this;
    }

    PdfWriter note(String note) {
        room(2 * LINE);
        y -= LINE;
        text(regular, 10, LEFT, y, note);
        y -= LINE;
        return this;
    }

    byte[] bytes() {
        try {
            cs.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when {@code needed} does not fit; returns whether it did. */
    private boolean room(float needed) {
        if (y - needed >= BOTTOM) {
            return false;
        }
        newPage();
        return true;
    }

    private void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(PDType1Font font, float size, float x, float atY, String text) {
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, atY);
            cs.showText(encodable(font, text == null ? "" : text));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard fonts cover Western European text; anything else prints as '?'. */
    private static String encodable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
