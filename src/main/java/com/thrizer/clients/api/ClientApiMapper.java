package com.thrizer.clients.api;

import com.thrizer.api.generated.model.AddressDto;
import com.thrizer.api.generated.model.ClientDto;
import com.thrizer.api.generated.model.ClientEstimatesDto;
import com.thrizer.api.generated.model.ClientListDto;
import com.thrizer.api.generated.model.ClientProfileDto;
import com.thrizer.api.generated.model.ClientStatusDto;
import com.thrizer.api.generated.model.ClinicianInvitationDto;
import com.thrizer.api.generated.model.ConnectionDto;
import com.thrizer.api.generated.model.ConnectionListDto;
import com.thrizer.api.generated.model.ConnectionStatusDto;
import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.UpdateClientRequestDto;
import com.thrizer.api.generated.model.UpdateConnectionRequestDto;
import com.thrizer.api.generated.model.UpdateProfileRequestDto;
import com.thrizer.benefits.api.BenefitApiMapper;
import com.thrizer.billing.PaymentType;
import com.thrizer.clients.domain.ClientInput;
import com.thrizer.clients.domain.ClientProfile;
import com.thrizer.clients.domain.ClientView;
import com.thrizer.clients.domain.ConnectionService;
import com.thrizer.clients.domain.ConnectionView;
import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClinicianInvitation;
import com.thrizer.clients.persistence.Connection;
import com.thrizer.paymentmethods.PaymentMethodApiMapper;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ListPageMapping;
import com.thrizer.shared.web.MappingDefaults;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        config = MappingDefaults.class,
        uses = {PaymentMethodApiMapper.class, BenefitApiMapper.class})
public abstract class ClientApiMapper {

    abstract ClientInput.Address address(AddressDto a);

    abstract PaymentType paymentType(PaymentTypeDto dto);

    abstract Client.Status status(ClientStatusDto dto);

    abstract Connection.Status status(UpdateConnectionRequestDto.StatusEnum dto);

    abstract PaymentTypeDto toDto(PaymentType type);

    abstract ClientStatusDto toDto(Client.Status status);

    abstract ConnectionStatusDto toDto(Connection.Status status);

    @Mapping(target = "address", ignore = true) // not part of the create request
    abstract ClientInput toInput(CreateClientRequestDto d);

    abstract ClientInput toInput(UpdateClientRequestDto d);

    @Mapping(target = "email", ignore = true) // a client cannot change their email here
    abstract ClientInput toInput(UpdateProfileRequestDto d);

    @Mapping(target = "removeDiagnosesItem", ignore = true)
    @Mapping(target = "removeConnectionsItem", ignore = true)
    @Mapping(target = "defaultPaymentMethod", source = "defaultCard")
    abstract ClientDto toDto(ClientView view);

    @ListPageMapping
    abstract ClientListDto toDto(Page<ClientView> page);

    abstract ConnectionDto toDto(ConnectionView v);

    @ListPageMapping
    abstract ConnectionListDto toConnectionList(Page<ConnectionView> page);

    abstract ClientProfileDto toProfile(ClientProfile c);

    @Mapping(target = "removeServicesItem", ignore = true)
    @Mapping(target = "connectionId", source = "connection.id")
    @Mapping(target = "clinicianId", source = "connection.clinicianId")
    @Mapping(target = "clinicianName", source = "connection.clinicianName")
    @Mapping(target = "paymentType", source = "connection.paymentType")
    @Mapping(target = "benefitCheckId", source = "estimates.benefitCheckId")
    @Mapping(target = "services", source = "estimates.services")
    abstract ClientEstimatesDto toEstimates(ConnectionService.ConnectionEstimates result);

    abstract ClinicianInvitationDto toDto(ClinicianInvitation i);
}
