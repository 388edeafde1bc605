package com.thrizer.claims.clientclaims;

import java.time.LocalDate;
import java.util.List;

/** The seven fields of a client-filed claim (from their superbill). Provider details only: no patient data. */
public record ClaimFields(
        String providerName,
        String providerNpi,
        String providerTin,
        LocalDate serviceDate,
        Long billedCents,
        String cptCode,
        List<String> diagnosisCodes) {}
