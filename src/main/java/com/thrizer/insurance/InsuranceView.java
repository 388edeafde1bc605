package com.thrizer.insurance;

import java.util.Set;

/** A policy with which card sides are on file. */
public record InsuranceView(InsurancePolicy policy, Set<String> imageSides) {}
