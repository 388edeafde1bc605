package com.thrizer.clients;

/** A connection with its clinician's name. */
public record ConnectionView(Connection connection, String clinicianName) {}
