package com.thrizer.charges.documents;

import com.thrizer.charges.documents.PdfFonts.Face;
import com.thrizer.charges.documents.PdfFonts.Weight;
import com.thrizer.shared.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Simple letter-size documents (Apache PDFBox): a title, label/value rows, headings, tables with a totals row, and
 * notes, with page breaks. Every page after the first starts with the lines given to {@link #onEachPage} (who the
 * document is about), and every page ends with "Page n of m". Text is drawn with embedded Unicode fonts (subsets of
 * {@link PdfFonts}), each code point by the first font that has it, right-to-left scripts in visual order
 * ({@link VisualText}). Receipts and superbills are written with it.
 */
final class PdfWriter implements AutoCloseable {
    private static final float LEFT = 72;
    private static final float RIGHT = 540;
    private static final float VALUE_X = 260;
    private static final float TOP = 720;
    private static final float BOTTOM = 72;
    private static final float LINE = 16;
    private static final float ROW = 14;
    private static final float FOOTER_Y = 40;
    private static final float TABLE_SIZE = 9;

    /** A table column: its header, and its left edge, or its right edge for amounts (aligned on the right). */
    record Column(String header, float x, boolean alignRight) {
        static Column left(String header, float x) {
            return new Column(header, x, false);
        }

        static Column right(String header, float rightEdge) {
            return new Column(header, rightEdge, true);
        }
    }

    private record Run(Face face, String text) {}

    private final PDDocument doc = new PDDocument();
    private final Map<Face, PDType0Font> fonts = new HashMap<>();
    private List<String> eachPage = List.of();
    private PDPageContentStream cs;
    private float y;

    PdfWriter(String title) {
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("Thrizer");
        newPage();
        draw(Weight.BOLD, 20, LEFT, y, title);
        y -= 2 * LINE;
    }

    /** Lines printed at the top of every following page: the first in bold, the others below it. */
    PdfWriter onEachPage(List<String> lines) {
        this.eachPage = List.copyOf(lines);
        return this;
    }

    /** A label and its value, in two columns. */
    PdfWriter row(String label, String value) {
        room(LINE);
        float labelEnd = LEFT + draw(Weight.BOLD, 11, LEFT, y, label);
        draw(Weight.REGULAR, 11, Math.max(VALUE_X, labelEnd + 12), y, value);
        y -= LINE;
        return this;
    }

    PdfWriter heading(String heading) {
        room(2 * LINE);
        y -= LINE / 2;
        draw(Weight.BOLD, 13, LEFT, y, heading);
        y -= LINE;
        return this;
    }

    /**
     * A table: a bold header row (repeated on each page it continues on), one row per entry, and, unless {@code totals}
     * is null, a bold totals row under a rule, each cell under its column.
     */
    PdfWriter table(List<Column> columns, List<String[]> rows, String[] totals) {
        room(3 * ROW);
        header(columns);
        for (String[] row : rows) {
            if (room(ROW)) {
                header(columns);
            }
            cells(Weight.REGULAR, columns, row);
        }
        if (totals != null) {
            if (room(ROW + 4)) {
                header(columns);
            }
            rule(y + ROW - 4);
            y -= 3;
            cells(Weight.BOLD, columns, totals);
        }
        return this;
    }

    PdfWriter note(String note) {
        room(2 * LINE);
        y -= LINE;
        draw(Weight.REGULAR, 10, LEFT, y, note);
        y -= LINE;
        return this;
    }

    /** The document, each page numbered "Page n of m". */
    byte[] bytes() {
        try {
            cs.close();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                cs = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true);
                drawRight(Weight.REGULAR, 8, RIGHT, FOOTER_Y, "Page " + (i + 1) + " of " + pages);
                cs.close();
            }
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

    /** US dollars with thousands separators: {@code $1,234.00}, {@code -$25.00}. */
    static String usd(long cents, String currency) {
        BigDecimal amount = new BigDecimal(Money.of(cents, currency).decimal());
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return (amount.signum() < 0 ? "-$" : "$") + format.format(amount.abs());
    }

    private void header(List<Column> columns) {
        String[] names = columns.stream().map(Column::header).toArray(String[]::new);
        cells(Weight.BOLD, columns, names);
        rule(y + ROW - 3);
    }

    private void cells(Weight weight, List<Column> columns, String[] cells) {
        for (int i = 0; i < cells.length && i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.alignRight()) {
                drawRight(weight, TABLE_SIZE, column.x(), y, cells[i]);
            } else {
                draw(weight, TABLE_SIZE, column.x(), y, cells[i]);
            }
        }
        y -= ROW;
    }

    private void rule(float atY) {
        try {
            cs.setLineWidth(0.5f);
            cs.moveTo(LEFT, atY);
            cs.lineTo(RIGHT, atY);
            cs.stroke();
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
        if (doc.getNumberOfPages() > 1 && !eachPage.isEmpty()) {
            for (int i = 0; i < eachPage.size(); i++) {
                draw(i == 0 ? Weight.BOLD : Weight.REGULAR, i == 0 ? 11 : 9, LEFT, y, eachPage.get(i));
                y -= i == 0 ? LINE : ROW;
            }
            rule(y + ROW - 4);
            y -= LINE;
        }
    }

    /** Draws the text from {@code x}; returns its width. */
    private float draw(Weight weight, float size, float x, float atY, String text) {
        List<Run> runs = runs(weight, text);
        try {
            cs.beginText();
            cs.newLineAtOffset(x, atY);
            float width = 0;
            for (Run run : runs) {
                PDType0Font font = font(run.face());
                cs.setFont(font, size);
                cs.showText(run.text());
                width += font.getStringWidth(run.text()) / 1000 * size;
            }
            cs.endText();
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the text so that it ends at {@code right}. */
    private void drawRight(Weight weight, float size, float right, float atY, String text) {
        float width = 0;
        try {
            for (Run run : runs(weight, text)) {
                width += font(run.face()).getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        draw(weight, size, right - width, atY, text);
    }

    /**
     * The text in drawing order, cut where the font drawing it changes. A code point no font has prints as '?' (a
     * space if it is one).
     */
    private static List<Run> runs(Weight weight, String text) {
        String visual = VisualText.of(text == null ? "" : text, cp -> PdfFonts.faceFor(weight, cp) != null);
        List<Run> runs = new ArrayList<>();
        Face current = null;
        StringBuilder run = new StringBuilder();
        for (int cp : visual.codePoints().toArray()) {
            Face face = PdfFonts.faceFor(weight, cp);
            if (face == null) {
                cp = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : '?';
                face = PdfFonts.chain(weight).get(0);
            }
            if (face != current && run.length() > 0) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    private PDType0Font font(Face face) {
        return fonts.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(doc, f.open(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
