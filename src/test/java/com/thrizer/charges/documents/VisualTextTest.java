package com.thrizer.charges.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text as a PDF draws it: composed, Arabic letters shaped, right-to-left runs in visual order. */
class VisualTextTest {
    @Test
    void leftToRightTextIsOnlyComposed() {
        assertEquals("Nguyễn Łukasz", VisualText.of("Nguye\u0302\u0303n Łukasz", cp -> true));
    }

    @Test
    void arabicLettersTakeTheirContextualFormsAndRunRightToLeft() {
        // seen (initial), lam-alef (final ligature), meem (isolated after alef), drawn from the left: meem first
        assertEquals("\uFEE1\uFEFC\uFEB3", VisualText.of("سلام", cp -> true));
        // meem initial, hah medial, meem medial, dal final
        assertEquals("\uFEAA\uFEE4\uFEA4\uFEE3", VisualText.of("محمد", cp -> true));
    }

    @Test
    void aFormNoFontHasStaysThePlainLetter() {
        assertEquals("\u062F\u0645\u062D\u0645", VisualText.of("محمد", cp -> cp < 0xFB50));
    }

    @Test
    void anArabicRunInsideLatinTextIsReversedInPlace() {
        assertEquals("Ahmed (\uFEAA\uFEE4\uFEA4\uFEE3) Ali", VisualText.of("Ahmed (محمد) Ali", cp -> true));
    }

    @Test
    void bracketsInsideRightToLeftTextAreMirrored() {
        assertEquals("(\uFEF2\uFEE0\uFECB) \uFEAA\uFEE4\uFEA4\uFEE3", VisualText.of("محمد (علي)", cp -> true));
    }

    @Test
    void amountsHaveThousandsSeparators() {
        assertEquals("$1,234.00", PdfWriter.usd(123400, "USD"));
        assertEquals("$1,234,567.89", PdfWriter.usd(123456789, "USD"));
        assertEquals("$0.05", PdfWriter.usd(5, "USD"));
        assertEquals("-$25.00", PdfWriter.usd(-2500, "USD"));
    }
}
