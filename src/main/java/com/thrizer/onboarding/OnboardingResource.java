package com.thrizer.onboarding;

import com.thrizer.api.generated.OnboardingApi;
import com.thrizer.api.generated.model.CreatePracticeRequestDto;
import com.thrizer.practices.PracticeApiMapper;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.web.Created;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;

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
                () -> Created.at("/v1/practice")
                        .entity(mapper.toDto(
                                onboarding.createPractice(body.getName(), body.getReferralCode(), founder)))
                        .build());
    }
}
