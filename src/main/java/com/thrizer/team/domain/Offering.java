package com.thrizer.team.domain;

import java.util.UUID;

/** A service a client can book: active, priced, offered by an active clinician (or admin who provides care). */
public record Offering(
        UUID serviceId,
        UUID teamMemberId,
        String memberName,
        String credentials,
        String serviceName,
        String cptCode,
        int durationMinutes,
        long rateCents,
        String currency) {}
