package com.thrizer.testing;

import com.thrizer.api.generated.model.BankAccountInputDto;

/** Bank accounts through the API: a client's reimbursement account and a practice's payout account. */
public final class BankAccounts {
    private BankAccounts() {}

    /** Sets the signed-in client's reimbursement account (a checking account that the sandbox bank pays). */
    public static void reimbursementAccount(String clientToken) {
        Api.as(clientToken)
                .body(new BankAccountInputDto()
                        .holderName("Cleo Client")
                        .routingNumber("011000015")
                        .accountNumber("000123456789")
                        .accountType(BankAccountInputDto.AccountTypeEnum.CHECKING))
                .when()
                .put("/v1/me/reimbursement-account")
                .then()
                .statusCode(200);
    }

    /** Sets the payout account; the last four digits of the account number choose the sandbox bank's outcome. */
    public static void payoutAccount(String adminToken, String accountNumber) {
        Api.as(adminToken)
                .body(new BankAccountInputDto()
                        .holderName("Calm Minds LLC")
                        .routingNumber("021000021")
                        .accountNumber(accountNumber)
                        .accountType(BankAccountInputDto.AccountTypeEnum.CHECKING))
                .when()
                .put("/v1/practice/payout-account")
                .then()
                .statusCode(200);
    }
}
