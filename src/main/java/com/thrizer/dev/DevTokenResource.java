package com.thrizer.dev;

import com.thrizer.shared.error.ValidationException;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code GET /dev/token?email=admin@demo.test}: a signed access token for Swagger UI. Dev and test builds only. */
@Path("/dev/token")
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevTokenResource {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}$");
    private final DevTokenService tokens;

    DevTokenResource(DevTokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> token(@QueryParam("email") String email) {
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw ValidationException.of("email", "invalid_format", "must be an email address");
        }
        return Map.of("accessToken", tokens.tokenFor(email));
    }
}
