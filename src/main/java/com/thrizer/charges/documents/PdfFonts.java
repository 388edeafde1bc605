package com.thrizer.charges.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts documents are drawn with, shipped in {@code src/main/resources/fonts/} with their licences: DejaVu Sans
 * (Latin with Vietnamese and Polish, Greek, Cyrillic, Arabic, Hebrew) and Droid Sans Fallback (Chinese, Japanese,
 * Korean). Each weight has a chain of faces; a code point is drawn by the first face of the chain that has it.
 * The files are read once; each document embeds a subset of the faces it uses.
 */
final class PdfFonts {
    enum Weight {
        REGULAR,
        BOLD
    }

    /** One font file: its bytes and the code points its character map covers. */
    static final class Face {
        final String name;
        private final byte[] bytes;
        private final BitSet covered;

        private Face(String name, byte[] bytes, BitSet covered) {
            this.name = name;
            this.bytes = bytes;
            this.covered = covered;
        }

        boolean covers(int codePoint) {
            return codePoint >= 0 && covered.get(codePoint);
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** Planes 0 to 2: every script a name is written in. */
    private static final int LAST_CODE_POINT = 0x2FFFF;

    private static final Face CJK = load("DroidSansFallback.ttf");
    private static final List<Face> REGULAR = List.of(load("DejaVuSans.ttf"), CJK);
    private static final List<Face> BOLD = List.of(load("DejaVuSans-Bold.ttf"), CJK);

    private PdfFonts() {}

    static List<Face> chain(Weight weight) {
        return weight == Weight.BOLD ? BOLD : REGULAR;
    }

    /** The first face of the chain that draws this code point, or null if none does. */
    static Face faceFor(Weight weight, int codePoint) {
        for (Face face : chain(weight)) {
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }

    private static Face load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: fonts/" + file);
            }
            byte[] bytes = in.readAllBytes();
            BitSet covered = new BitSet();
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp = 0x20; cp <= LAST_CODE_POINT; cp++) {
                    if (cmap.getGlyphId(cp) > 0) {
                        covered.set(cp);
                    }
                }
            }
            return new Face(file, bytes, covered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
