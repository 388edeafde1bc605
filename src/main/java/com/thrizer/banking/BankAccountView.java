package com.thrizer.banking;

import java.time.Instant;

/** A bank account as the API shows it: the last four digits of its numbers only. Values only. */
public record BankAccountView(
        String holderName,
        BankAccount.Type accountType,
        String routingNumberLast4,
        String accountNumberLast4,
        Instant updatedAt) {

    static BankAccountView of(BankAccount a) {
        return new BankAccountView(
                a.holderName, a.accountType, a.routingNumberLast4, a.accountNumberLast4, a.updatedAt);
    }
}
