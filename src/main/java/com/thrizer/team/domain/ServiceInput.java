package com.thrizer.team.domain;

/** Fields of a service as sent; null = not sent. */
public record ServiceInput(String name, String cptCode, Integer durationMinutes, Long rateCents, Boolean active) {}
