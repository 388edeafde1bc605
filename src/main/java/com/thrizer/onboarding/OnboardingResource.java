package com.thrizer.onboarding;

import com.thrizer.api.generated.OnboardingApi;
import com.thrizer.api.generated.model.CreatePracticeRequestDto;
import com.thrizer.practices.PracticeApiMapper;
import com.thrizer.shared.idempotency.IdempotentRequests;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.net.URI;

public class OnboardingResource implements OnboardingApi {
    private final OnboardingService onboarding;
    private final PracticeApiMapper mapper;
    private final IdempotentRequests idempotency;

    OnboardingResource(OnboardingService onboarding, PracticeApiMapper mapper, IdempotentRequests idempotency) {
        this.onboarding = onboarding;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    @Authenticated
    public Response createPractice(CreatePracticeRequestDto body, String idempotencyKey) {
        var admin = body.getAdmin();
        var founder = new OnboardingService.Founder(
                admin.getFirstName(), admin.getLastName(), admin.getNpi(), admin.getCredentials());
        return idempotency.executeForUser(
                idempotencyKey,
                body,
                () -> Response.created(URI.create("/v1/practice"))
                        .entity(mapper.toDto(
                                onboarding.createPractice(body.getName(), body.getReferralCode(), founder)))
                        .build());
    }
}
