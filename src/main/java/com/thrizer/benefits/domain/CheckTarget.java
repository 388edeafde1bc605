package com.thrizer.benefits.domain;

import java.util.UUID;

/** What a check is for: a service of the practice, or a CPT code with a session fee (null = not sent). */
public record CheckTarget(UUID serviceId, String cptCode, Long sessionFeeCents) {}
