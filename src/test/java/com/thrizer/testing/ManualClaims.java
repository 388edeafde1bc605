package com.thrizer.testing;

import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The fields of a claim a client files themselves (Dana Rivera, LCSW, an out-of-network provider). */
public final class ManualClaims {
    private ManualClaims() {}

    public static CreateManualClaimRequestDto fields(
            String npi, LocalDate serviceDate, long billed, String cpt, String diagnosis) {
        return new CreateManualClaimRequestDto()
                .providerName("Dana Rivera, LCSW")
                .providerNpi(npi)
                .providerTin("987654321")
                .serviceDate(serviceDate)
                .billedAmount(billed)
                .cptCode(cpt)
                .diagnosisCodes(new ArrayList<>(List.of(diagnosis)));
    }

    /** A valid claim: a $200 90837 session three days ago, F41.1. */
    public static CreateManualClaimRequestDto valid() {
        return fields(TestData.NPI, LocalDate.now(ZoneOffset.UTC).minusDays(3), 20000, "90837", "F41.1");
    }
}
