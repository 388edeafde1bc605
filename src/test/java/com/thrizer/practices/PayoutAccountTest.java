package com.thrizer.practices;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PayoutAccountTest {
    /** A fresh checking account body (DTOs are mutable: one per use). */
    private static BankAccountInputDto checking() {
        return new BankAccountInputDto()
                .holderName("Calm Minds LLC")
                .routingNumber("021000021")
                .accountNumber("98765432101")
                .accountType(BankAccountInputDto.AccountTypeEnum.CHECKING);
    }

    @Inject
    TestData data;

    TestPractice practice;
    String admin;

    @BeforeEach
    void setUp() {
        practice = data.practice("Payout Practice");
        admin = practice.adminToken();
    }

    @Test
    void setsAndReadsTheAccountMaskedAndEncrypted() {
        Api.as(admin)
                .when()
                .get("/v1/practice/payout-account")
                .then()
                .statusCode(404)
                .body("code", is("payout_account_not_found"));
        String put = Api.as(admin)
                .body(checking())
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(200)
                .body("routingNumberLast4", is("0021"))
                .body("accountNumberLast4", is("2101"))
                .extract()
                .asString();
        assertFalse(put.contains("98765432101"));
        Api.as(admin)
                .when()
                .get("/v1/practice/payout-account")
                .then()
                .statusCode(200)
                .body("holderName", is("Calm Minds LLC"));
        String raw = data.scalar(
                        "SELECT routing_number_encrypted || account_number_encrypted FROM bank_accounts"
                                + " WHERE practice_id = ?1 AND purpose = 'PAYOUT'",
                        practice.id())
                .toString();
        assertFalse(raw.contains("021000021") || raw.contains("98765432101"));
        Api.as(admin)
                .body(checking().accountNumber("11112222"))
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(200)
                .body("accountNumberLast4", is("2222"));
        Object count = data.scalar("SELECT count(*) FROM bank_accounts WHERE practice_id = ?1", practice.id());
        assertEquals(1L, ((Number) count).longValue());
    }

    @Test
    void requiresAValidCheckingAccount() {
        Api.as(admin)
                .body(checking().accountType(BankAccountInputDto.AccountTypeEnum.SAVINGS))
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(422)
                .body("code", is("checking_account_required"));
        Api.as(admin)
                .body(checking().routingNumber("021000022"))
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("routingNumber"))
                .body("errors[0].code", is("invalid_routing_number"));
        Api.as(admin)
                .body(checking().routingNumber("21000021"))
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_format"));
    }

    @Test
    void letsOnlyAdminsNear() {
        Api.as(practice.clinicianToken())
                .when()
                .get("/v1/practice/payout-account")
                .then()
                .statusCode(403);
        Api.as(practice.staffToken())
                .body(checking())
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(403);
        String key = ApiKeys.create(admin, "practice:read", "practice:write", "payouts:read");
        Api.as(key).when().get("/v1/practice/payout-account").then().statusCode(403);
        Api.anonymous().when().get("/v1/practice/payout-account").then().statusCode(401);
        TestPractice other = data.practice("Other Payout");
        Api.as(other.adminToken())
                .body(checking())
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(200);
        Api.as(admin).when().get("/v1/practice/payout-account").then().statusCode(404);
    }
}
