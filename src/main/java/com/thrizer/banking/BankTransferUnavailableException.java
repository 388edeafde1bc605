package com.thrizer.banking;

/** The bank-transfer provider could not be reached; nothing was sent. Try again later with the same key. */
public class BankTransferUnavailableException extends RuntimeException {
    public BankTransferUnavailableException(String message) {
        super(message);
    }
}
