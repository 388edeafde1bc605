package com.thrizer.claims.clientclaims;

import com.thrizer.shared.error.DomainException;
import com.thrizer.shared.error.FieldError;
import java.util.List;

/** The client's card declined the filing fee: no claim was filed (422, the decline code in errors[]). */
public class FilingFeeDeclinedException extends DomainException {
    private final String declineCode;

    public FilingFeeDeclinedException(String declineCode) {
        super(
                422,
                "filing_fee_declined",
                "Your default card declined the $2.00 filing fee; no claim was filed. Use another card and try again.",
                null);
        this.declineCode = declineCode;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(new FieldError("paymentMethod", declineCode, "the card was declined"));
    }
}
