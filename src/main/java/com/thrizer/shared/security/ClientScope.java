package com.thrizer.shared.security;

import java.util.UUID;

/** A client acting on their own record: the record and the practice it belongs to. */
public record ClientScope(UUID practiceId, UUID clientId) {}
