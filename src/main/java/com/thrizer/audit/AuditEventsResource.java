package com.thrizer.audit;

import com.thrizer.api.generated.AuditEventsApi;
import com.thrizer.api.generated.model.AuditActionDto;
import com.thrizer.api.generated.model.AuditActorTypeDto;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;

public class AuditEventsResource implements AuditEventsApi {
    private final AuditTrail audit;
    private final AuditApiMapper mapper;

    AuditEventsResource(AuditTrail audit, AuditApiMapper mapper) {
        this.audit = audit;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Roles.PRACTICE_ADMIN)
    public Response listAuditEvents(
            Integer limit,
            String cursor,
            UUID actorId,
            AuditActorTypeDto actorType,
            AuditActionDto action,
            String resourceType,
            UUID resourceId,
            OffsetDateTime from,
            OffsetDateTime to) {
        AuditFilter filter = mapper.toFilter(actorId, actorType, action, resourceType, resourceId, from, to);
        return Response.ok(mapper.toDto(audit.list(filter, PageRequest.of(limit, cursor))))
                .build();
    }
}
