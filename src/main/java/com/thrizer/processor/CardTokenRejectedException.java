package com.thrizer.processor;

import com.thrizer.shared.error.RuleViolationException;

/** The processor does not know the card token (or it was already used). */
public class CardTokenRejectedException extends RuleViolationException {
    public CardTokenRejectedException() {
        super("card_token_invalid", "The payment processor does not recognize this card token.", "token");
    }
}
