package com.thrizer.audit;

import com.thrizer.api.generated.model.AuditActionDto;
import com.thrizer.api.generated.model.AuditActorTypeDto;
import com.thrizer.api.generated.model.AuditEventDto;
import com.thrizer.api.generated.model.AuditEventListDto;
import com.thrizer.api.generated.model.RoleDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import com.thrizer.shared.web.ListPageMapping;
import com.thrizer.shared.web.MappingDefaults;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueMappingStrategy;

@Mapper(config = MappingDefaults.class)
public abstract class AuditApiMapper {

    @BeanMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT) // no filter is a filter too
    abstract AuditFilter toFilter(
            UUID actorId,
            AuditActorTypeDto actorType,
            AuditActionDto action,
            String resourceType,
            UUID resourceId,
            OffsetDateTime from,
            OffsetDateTime to);

    abstract AuditEvent.ActorType actorType(AuditActorTypeDto dto);

    abstract AuditAction action(AuditActionDto dto);

    abstract AuditActorTypeDto toDto(AuditEvent.ActorType type);

    abstract AuditActionDto toDto(AuditAction action);

    @ListPageMapping
    abstract AuditEventListDto toDto(Page<AuditEvent> page);

    @Mapping(target = "occurredAt", source = "createdAt")
    @Mapping(target = "removeActorRolesItem", ignore = true)
    abstract AuditEventDto toDto(AuditEvent e);

    /** By hand: roles are stored comma-separated; scopes ({@code a:b}) and blanks are not roles. */
    List<RoleDto> actorRoles(String roles) {
        return Arrays.stream(roles.split(","))
                .filter(r -> !r.isBlank() && !r.contains(":"))
                .map(r -> RoleDto.fromValue(ApiValues.roleToWire(r)))
                .toList();
    }
}
