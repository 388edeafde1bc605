package com.thrizer.audit;

import com.thrizer.api.generated.model.AuditActionDto;
import com.thrizer.api.generated.model.AuditActorTypeDto;
import com.thrizer.api.generated.model.AuditEventDto;
import com.thrizer.api.generated.model.AuditEventListDto;
import com.thrizer.api.generated.model.RoleDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

@ApplicationScoped
public class AuditApiMapper {

    AuditFilter toFilter(
            UUID actorId,
            AuditActorTypeDto actorType,
            AuditActionDto action,
            String resourceType,
            UUID resourceId,
            OffsetDateTime from,
            OffsetDateTime to) {
        return new AuditFilter(
                actorId,
                actorType == null ? null : AuditEvent.ActorType.valueOf(actorType.name()),
                action == null ? null : AuditAction.valueOf(action.name()),
                resourceType,
                resourceId == null ? null : resourceId.toString(),
                ApiValues.instant(from),
                ApiValues.instant(to));
    }

    AuditEventListDto toDto(Page<AuditEvent> page) {
        return new AuditEventListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    AuditEventDto toDto(AuditEvent e) {
        return new AuditEventDto()
                .id(e.id)
                .occurredAt(ApiValues.utc(e.createdAt))
                .actorType(AuditActorTypeDto.valueOf(e.actorType.name()))
                .actorId(e.actorId)
                .actorRoles(Arrays.stream(e.actorRoles.split(","))
                        .filter(r -> !r.isBlank() && !r.contains(":"))
                        .map(r -> RoleDto.fromValue(ApiValues.roleToWire(r)))
                        .toList())
                .practiceId(e.practiceId)
                .action(AuditActionDto.valueOf(e.action.name()))
                .resourceType(e.resourceType)
                .resourceId(e.resourceId)
                .requestId(e.requestId)
                .sourceIp(e.sourceIp);
    }
}
