package com.thrizer.benefits.domain;

import com.thrizer.billing.SessionEstimate;
import java.util.UUID;

/** The estimate for one service of a clinician. */
public record ServiceEstimate(UUID serviceId, String serviceName, String cptCode, SessionEstimate estimate) {}
