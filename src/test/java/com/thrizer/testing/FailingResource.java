package com.thrizer.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, with personal data in the exception message. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    @PermitAll
    public String fail() {
        throw new IllegalStateException("lookup failed for patient Jane Doe, member id SBX-123");
    }
}
