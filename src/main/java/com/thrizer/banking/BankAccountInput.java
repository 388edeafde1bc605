package com.thrizer.banking;

/** A bank account as entered. Never logged: {@link #toString()} redacts the numbers. */
public record BankAccountInput(String holderName, String routingNumber, String accountNumber, BankAccount.Type type) {
    @Override
    public String toString() {
        return "BankAccountInput[" + type + "]";
    }
}
