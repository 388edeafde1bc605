package com.thrizer.team.api;

import com.thrizer.api.generated.TeamMembersApi;
import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.CreateTeamMemberRequestDto;
import com.thrizer.api.generated.model.ServiceDto;
import com.thrizer.api.generated.model.TeamMemberDto;
import com.thrizer.api.generated.model.TeamRoleDto;
import com.thrizer.api.generated.model.UpdateTeamMemberRequestDto;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.web.Created;
import com.thrizer.team.domain.ServiceOfferingService;
import com.thrizer.team.domain.TeamService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

public class TeamMembersResource implements TeamMembersApi {
    private final TeamService team;
    private final ServiceOfferingService services;
    private final TeamApiMapper mapper;
    private final IdempotentRequests idempotency;

    TeamMembersResource(
            TeamService team, ServiceOfferingService services, TeamApiMapper mapper, IdempotentRequests idempotency) {
        this.team = team;
        this.services = services;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed(Scopes.TEAM_READ)
    public Response listTeamMembers(Integer limit, String cursor, TeamRoleDto role, Boolean active) {
        return Response.ok(mapper.toMemberList(team.list(mapper.role(role), active, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.TEAM_WRITE)
    public Response createTeamMember(CreateTeamMemberRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            TeamMemberDto created = mapper.toDto(team.invite(mapper.toInput(body)));
            return Created.at("/v1/team-members/" + created.getId())
                    .entity(created)
                    .build();
        });
    }

    @Override
    @RolesAllowed(Scopes.TEAM_READ)
    public Response getTeamMember(UUID teamMemberId) {
        return Response.ok(mapper.toDto(team.get(teamMemberId))).build();
    }

    @Override
    @RolesAllowed(Scopes.TEAM_WRITE)
    public Response updateTeamMember(UUID teamMemberId, UpdateTeamMemberRequestDto body) {
        return Response.ok(mapper.toDto(team.update(teamMemberId, mapper.toInput(body))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.TEAM_READ)
    public Response listServices(UUID teamMemberId, Integer limit, String cursor, Boolean active) {
        return Response.ok(mapper.toServiceList(services.list(teamMemberId, active, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.TEAM_WRITE)
    public Response createService(UUID teamMemberId, CreateServiceRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            ServiceDto created = mapper.toDto(services.create(teamMemberId, mapper.toInput(body)));
            return Created.at("/v1/services/" + created.getId()).entity(created).build();
        });
    }
}
