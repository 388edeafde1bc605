package com.thrizer.practices;

import com.thrizer.api.generated.PracticeApi;
import com.thrizer.api.generated.model.UpdatePracticeRequestDto;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

public class PracticeResource implements PracticeApi {
    private final PracticeService practices;
    private final PracticeApiMapper mapper;

    PracticeResource(PracticeService practices, PracticeApiMapper mapper) {
        this.practices = practices;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Scopes.PRACTICE_READ)
    public Response getPractice() {
        return Response.ok(mapper.toDto(practices.current())).build();
    }

    @Override
    @RolesAllowed(Scopes.PRACTICE_WRITE)
    public Response updatePractice(UpdatePracticeRequestDto body) {
        return Response.ok(mapper.toDto(practices.update(mapper.toUpdate(body))))
                .build();
    }
}
