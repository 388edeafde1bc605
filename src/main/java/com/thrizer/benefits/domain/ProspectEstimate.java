package com.thrizer.benefits.domain;

import java.util.UUID;

/** The stored check of a prospect and its view (estimate and projection when complete). */
public record ProspectEstimate(UUID benefitCheckId, BenefitCheckView view) {}
