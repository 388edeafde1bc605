package com.thrizer.team;

import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.CreateTeamMemberRequestDto;
import com.thrizer.api.generated.model.ServiceDto;
import com.thrizer.api.generated.model.ServiceListDto;
import com.thrizer.api.generated.model.TeamMemberDto;
import com.thrizer.api.generated.model.TeamMemberListDto;
import com.thrizer.api.generated.model.TeamRoleDto;
import com.thrizer.api.generated.model.UpdateServiceRequestDto;
import com.thrizer.api.generated.model.UpdateTeamMemberRequestDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TeamApiMapper {

    static TeamMember.Role role(TeamRoleDto dto) {
        return dto == null ? null : TeamMember.Role.valueOf(dto.name());
    }

    TeamMemberInput toInput(CreateTeamMemberRequestDto d) {
        return new TeamMemberInput(
                d.getFirstName(),
                d.getLastName(),
                d.getEmail(),
                role(d.getRole()),
                d.getNpi(),
                d.getCredentials(),
                null);
    }

    TeamMemberInput toInput(UpdateTeamMemberRequestDto d) {
        return new TeamMemberInput(
                d.getFirstName(),
                d.getLastName(),
                d.getEmail(),
                role(d.getRole()),
                d.getNpi(),
                d.getCredentials(),
                d.getActive());
    }

    TeamMemberDto toDto(TeamMember m) {
        return new TeamMemberDto()
                .id(m.id)
                .firstName(m.firstName)
                .lastName(m.lastName)
                .email(m.email)
                .role(TeamRoleDto.valueOf(m.role.name()))
                .npi(m.npi)
                .credentials(m.credentials)
                .active(m.active)
                .signedIn(m.userId != null)
                .createdAt(ApiValues.utc(m.createdAt))
                .updatedAt(ApiValues.utc(m.updatedAt));
    }

    TeamMemberListDto toMemberList(Page<TeamMember> page) {
        return new TeamMemberListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    ServiceInput toInput(CreateServiceRequestDto d) {
        return new ServiceInput(d.getName(), d.getCptCode(), d.getDurationMinutes(), d.getRateAmount(), d.getActive());
    }

    ServiceInput toInput(UpdateServiceRequestDto d) {
        return new ServiceInput(d.getName(), d.getCptCode(), d.getDurationMinutes(), d.getRateAmount(), d.getActive());
    }

    ServiceDto toDto(ServiceOffering s) {
        return new ServiceDto()
                .id(s.id)
                .teamMemberId(s.teamMemberId)
                .name(s.name)
                .cptCode(s.cptCode)
                .durationMinutes(s.durationMinutes)
                .rateAmount(s.rateCents)
                .currency(ServiceDto.CurrencyEnum.USD)
                .active(s.active)
                .createdAt(ApiValues.utc(s.createdAt))
                .updatedAt(ApiValues.utc(s.updatedAt));
    }

    ServiceListDto toServiceList(Page<ServiceOffering> page) {
        return new ServiceListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }
}
