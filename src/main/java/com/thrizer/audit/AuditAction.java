package com.thrizer.audit;

/** What was done to a resource. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE
}
