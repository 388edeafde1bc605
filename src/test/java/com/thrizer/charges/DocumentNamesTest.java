package com.thrizer.charges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.UpdateClientRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Receipts and superbills print a patient's name as written, in any script (embedded Unicode fonts): the text a payer's
 * system extracts from the PDF is the name, not question marks.
 */
@QuarkusTest
class DocumentNamesTest {
    @Inject
    TestData data;

    PayingClient p;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Names Practice");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Zoë | Nguyễn-O'Brien Łukasiewicz", // the name of the report: Latin, Vietnamese, Polish
                "Nguyễn Thị | Minh Khai", // Vietnamese
                "Łukasz | Żółć-Gęślą", // Polish
                "Αλέξανδρος | Παπαδόπουλος", // Greek
                "Анна Фёдоровна | Щербакова", // Cyrillic
                "小明 | 王", // Chinese
                "太郎 | 山田 さくら", // Japanese (kanji, hiragana)
                "민준 | 김", // Korean
                "محمد | عبد الله", // Arabic
                "سلام | الأحمد", // Arabic, with a lam-alef ligature
                "דוד | כהן", // Hebrew
            })
    void aNameInAnyScriptIsPrintedAsWritten(String first, String last) throws Exception {
        Api.as(p.admin)
                .body(new UpdateClientRequestDto().firstName(first).lastName(last))
                .when()
                .patch("/v1/clients/" + p.clientId)
                .then()
                .statusCode(200);
        String name = first + " " + last;
        String charge = p.charge("SELF_PAY", 20000);

        byte[] receipt = Api.as(p.client)
                .accept("application/pdf")
                .when()
                .get("/v1/me/payments/" + charge + "/receipt")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String receiptText = text(receipt);
        assertTrue(receiptText.contains("Client " + name + "\n"), receiptText);
        assertTrue(!receiptText.contains("?"), receiptText);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String superbill = Api.as(p.admin)
                .body(new CreateSuperbillRequestDto().from(today.minusDays(30)).to(today))
                .when()
                .post("/v1/clients/" + p.clientId + "/superbills")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        byte[] pdf = Api.as(p.admin)
                .accept("application/pdf")
                .when()
                .get("/v1/clients/" + p.clientId + "/superbills/" + superbill)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String superbillText = text(pdf);
        assertTrue(superbillText.contains("Name " + name + "\n"), superbillText);
        assertEquals(-1, superbillText.indexOf('?'), superbillText);
    }
}
