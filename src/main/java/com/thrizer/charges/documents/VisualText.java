package com.thrizer.charges.documents;

import java.text.Bidi;
import java.text.Normalizer;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Text in the order and forms a PDF draws it. PDFBox writes glyphs left to right, one per code point, and neither
 * shapes nor reorders, so a line is prepared here: composed (NFC), Arabic letters replaced by their contextual
 * presentation forms (isolated, final, initial, medial; lam-alef ligatures), and right-to-left runs put in visual order
 * (Unicode bidirectional algorithm, rule L2, with mirrored brackets). Text extraction (PDFBox, poppler) reads the
 * visual order back to the logical one and the presentation forms back to the letters.
 */
final class VisualText {
    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final int ZWJ = 0x200D;

    /** Letter to {first presentation form, number of forms}: 2 joins on the right only, 4 on both sides. */
    private static final Map<Integer, int[]> FORMS = Map.ofEntries(
            Map.entry(0x0621, new int[] {0xFE80, 1}),
            Map.entry(0x0622, new int[] {0xFE81, 2}),
            Map.entry(0x0623, new int[] {0xFE83, 2}),
            Map.entry(0x0624, new int[] {0xFE85, 2}),
            Map.entry(0x0625, new int[] {0xFE87, 2}),
            Map.entry(0x0626, new int[] {0xFE89, 4}),
            Map.entry(0x0627, new int[] {0xFE8D, 2}),
            Map.entry(0x0628, new int[] {0xFE8F, 4}),
            Map.entry(0x0629, new int[] {0xFE93, 2}),
            Map.entry(0x062A, new int[] {0xFE95, 4}),
            Map.entry(0x062B, new int[] {0xFE99, 4}),
            Map.entry(0x062C, new int[] {0xFE9D, 4}),
            Map.entry(0x062D, new int[] {0xFEA1, 4}),
            Map.entry(0x062E, new int[] {0xFEA5, 4}),
            Map.entry(0x062F, new int[] {0xFEA9, 2}),
            Map.entry(0x0630, new int[] {0xFEAB, 2}),
            Map.entry(0x0631, new int[] {0xFEAD, 2}),
            Map.entry(0x0632, new int[] {0xFEAF, 2}),
            Map.entry(0x0633, new int[] {0xFEB1, 4}),
            Map.entry(0x0634, new int[] {0xFEB5, 4}),
            Map.entry(0x0635, new int[] {0xFEB9, 4}),
            Map.entry(0x0636, new int[] {0xFEBD, 4}),
            Map.entry(0x0637, new int[] {0xFEC1, 4}),
            Map.entry(0x0638, new int[] {0xFEC5, 4}),
            Map.entry(0x0639, new int[] {0xFEC9, 4}),
            Map.entry(0x063A, new int[] {0xFECD, 4}),
            Map.entry(0x0641, new int[] {0xFED1, 4}),
            Map.entry(0x0642, new int[] {0xFED5, 4}),
            Map.entry(0x0643, new int[] {0xFED9, 4}),
            Map.entry(0x0644, new int[] {0xFEDD, 4}),
            Map.entry(0x0645, new int[] {0xFEE1, 4}),
            Map.entry(0x0646, new int[] {0xFEE5, 4}),
            Map.entry(0x0647, new int[] {0xFEE9, 4}),
            Map.entry(0x0648, new int[] {0xFEED, 2}),
            Map.entry(0x0649, new int[] {0xFEEF, 2}),
            Map.entry(0x064A, new int[] {0xFEF1, 4}),
            Map.entry(0x067E, new int[] {0xFB56, 4}), // Persian peh
            Map.entry(0x0686, new int[] {0xFB7A, 4}), // tcheh
            Map.entry(0x0698, new int[] {0xFB8A, 2}), // jeh
            Map.entry(0x06A9, new int[] {0xFB8E, 4}), // keheh
            Map.entry(0x06AF, new int[] {0xFB92, 4}), // gaf
            Map.entry(0x06CC, new int[] {0xFBFC, 4})); // Farsi yeh

    /** Alef after lam: the isolated form of their ligature (the final form follows it). */
    private static final Map<Integer, Integer> LAM_ALEF =
            Map.of(0x0622, 0xFEF5, 0x0623, 0xFEF7, 0x0625, 0xFEF9, 0x0627, 0xFEFB);

    private static final Map<Integer, Integer> MIRRORED = Map.ofEntries(
            Map.entry((int) '(', (int) ')'),
            Map.entry((int) ')', (int) '('),
            Map.entry((int) '[', (int) ']'),
            Map.entry((int) ']', (int) '['),
            Map.entry((int) '{', (int) '}'),
            Map.entry((int) '}', (int) '{'),
            Map.entry((int) '<', (int) '>'),
            Map.entry((int) '>', (int) '<'),
            Map.entry(0x00AB, 0x00BB),
            Map.entry(0x00BB, 0x00AB));

    private VisualText() {}

    /**
     * The text as drawn left to right. {@code drawable} tells which code points a font can draw: a presentation form
     * no font has stays the plain letter.
     */
    static String of(String logical, IntPredicate drawable) {
        String text = Normalizer.normalize(logical, Normalizer.Form.NFC);
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        return visualOrder(shape(text, drawable));
    }

    /** Arabic letters in their contextual forms (logical order kept). */
    static String shape(String text, IntPredicate drawable) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = joinsForward(previous(cps, i));
            int next = next(cps, i);
            if (cp == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
                int ligature = LAM_ALEF.get(cps[next]) + (joinsBefore ? 1 : 0);
                if (drawable.test(ligature)) {
                    out.appendCodePoint(ligature);
                    // marks between the two letters follow the ligature
                    for (int j = i + 1; j < next; j++) {
                        out.appendCodePoint(cps[j]);
                    }
                    i = next;
                    continue;
                }
            }
            boolean joinsAfter = next >= 0 && joinsBackward(cps[next]);
            int form;
            if (forms[1] == 4) {
                form = joinsBefore ? (joinsAfter ? 3 : 1) : (joinsAfter ? 2 : 0);
            } else {
                form = forms[1] == 2 && joinsBefore ? 1 : 0;
            }
            int shaped = forms[0] + form;
            out.appendCodePoint(drawable.test(shaped) ? shaped : cp);
        }
        return out.toString();
    }

    /** Rule L2 of the bidirectional algorithm: runs reversed from the highest level down to the lowest odd one. */
    static String visualOrder(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        int[] levels = new int[cps.length];
        int highest = 0;
        int lowestOdd = Integer.MAX_VALUE;
        for (int i = 0, at = 0; i < cps.length; at += Character.charCount(cps[i]), i++) {
            levels[i] = bidi.getLevelAt(at);
            highest = Math.max(highest, levels[i]);
            if (levels[i] % 2 == 1) {
                lowestOdd = Math.min(lowestOdd, levels[i]);
            }
            if (levels[i] % 2 == 1 && MIRRORED.containsKey(cps[i])) {
                cps[i] = MIRRORED.get(cps[i]);
            }
        }
        for (int level = highest; level >= lowestOdd && level > 0; level--) {
            int i = 0;
            while (i < cps.length) {
                if (levels[i] < level) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < cps.length && levels[end] >= level) {
                    end++;
                }
                reverse(cps, i, end);
                reverse(levels, i, end);
                i = end;
            }
        }
        return new String(cps, 0, cps.length);
    }

    private static void reverse(int[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The index of the nearest letter before {@code i}, skipping combining marks; -1 if none. */
    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(cps[j])) {
                return cps[j];
            }
        }
        return -1;
    }

    private static int next(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (!transparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

    private static boolean transparent(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Whether this letter joins the one after it (dual-joining letters, tatweel, ZWJ). */
    private static boolean joinsForward(int cp) {
        if (cp == TATWEEL || cp == ZWJ) {
            return true;
        }
        int[] forms = FORMS.get(cp);
        return forms != null && forms[1] == 4;
    }

    /** Whether this letter joins the one before it (all joining letters). */
    private static boolean joinsBackward(int cp) {
        if (cp == TATWEEL || cp == ZWJ) {
            return true;
        }
        int[] forms = FORMS.get(cp);
        return forms != null && forms[1] > 1;
    }
}
