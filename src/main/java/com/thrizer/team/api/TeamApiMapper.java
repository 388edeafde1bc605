package com.thrizer.team.api;

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
import com.thrizer.shared.web.ListPageMapping;
import com.thrizer.shared.web.MappingDefaults;
import com.thrizer.team.domain.OfferedService;
import com.thrizer.team.domain.ServiceInput;
import com.thrizer.team.domain.TeamMemberInput;
import com.thrizer.team.domain.TeamMemberView;
import com.thrizer.team.persistence.TeamMember;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class TeamApiMapper {

    abstract TeamMember.Role role(TeamRoleDto dto);

    abstract TeamRoleDto toDto(TeamMember.Role role);

    @Mapping(target = "active", ignore = true) // a new member is active; the request has no such field
    abstract TeamMemberInput toInput(CreateTeamMemberRequestDto d);

    abstract TeamMemberInput toInput(UpdateTeamMemberRequestDto d);

    abstract TeamMemberDto toDto(TeamMemberView m);

    @ListPageMapping
    abstract TeamMemberListDto toMemberList(Page<TeamMemberView> page);

    @Mapping(target = "rateCents", source = "rateAmount")
    abstract ServiceInput toInput(CreateServiceRequestDto d);

    @Mapping(target = "rateCents", source = "rateAmount")
    abstract ServiceInput toInput(UpdateServiceRequestDto d);

    @Mapping(target = "rateAmount", source = "rate.cents")
    @Mapping(target = "currency", constant = "USD") // the contract's only currency
    abstract ServiceDto toDto(OfferedService s);

    @ListPageMapping
    abstract ServiceListDto toServiceList(Page<OfferedService> page);
}
