package com.thrizer.clients;

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
import com.thrizer.api.generated.model.UpdateProfileRequestDto;
import com.thrizer.benefits.BenefitApiMapper;
import com.thrizer.benefits.EstimateService;
import com.thrizer.billing.PaymentType;
import com.thrizer.paymentmethods.PaymentMethodApiMapper;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientApiMapper {
    private final PaymentMethodApiMapper cards;

    ClientApiMapper(PaymentMethodApiMapper cards) {
        this.cards = cards;
    }

    static ClientInput.Address address(AddressDto a) {
        return a == null
                ? null
                : new ClientInput.Address(a.getLine1(), a.getLine2(), a.getCity(), a.getState(), a.getPostalCode());
    }

    static PaymentType paymentType(PaymentTypeDto dto) {
        return dto == null ? null : PaymentType.valueOf(dto.name());
    }

    static Client.Status status(ClientStatusDto dto) {
        return dto == null ? null : Client.Status.valueOf(dto.name());
    }

    ClientInput toInput(CreateClientRequestDto d) {
        return new ClientInput(d.getFirstName(), d.getLastName(), d.getEmail(), d.getPhone(), d.getDateOfBirth(), null);
    }

    ClientInput toInput(UpdateClientRequestDto d) {
        return new ClientInput(
                d.getFirstName(),
                d.getLastName(),
                d.getEmail(),
                d.getPhone(),
                d.getDateOfBirth(),
                address(d.getAddress()));
    }

    ClientInput toInput(UpdateProfileRequestDto d) {
        return new ClientInput(
                d.getFirstName(), d.getLastName(), null, d.getPhone(), d.getDateOfBirth(), address(d.getAddress()));
    }

    static AddressDto address(Client c) {
        return c.hasAddress()
                ? new AddressDto()
                        .line1(c.addressLine1)
                        .line2(c.addressLine2)
                        .city(c.addressCity)
                        .state(c.addressState)
                        .postalCode(c.addressPostalCode)
                : null;
    }

    ClientDto toDto(ClientView view) {
        Client c = view.client();
        return new ClientDto()
                .id(c.id)
                .firstName(c.firstName)
                .lastName(c.lastName)
                .email(c.email)
                .phone(c.phone)
                .dateOfBirth(c.dateOfBirth)
                .address(address(c))
                .status(ClientStatusDto.valueOf(c.status.name()))
                .pinned(c.pinned)
                .diagnoses(c.diagnosisList())
                .signedIn(c.userId != null)
                .connections(view.connections().stream().map(this::toDto).toList())
                .defaultPaymentMethod(cards.toDto(view.defaultCard()))
                .createdAt(ApiValues.utc(c.createdAt))
                .updatedAt(ApiValues.utc(c.updatedAt));
    }

    ClientListDto toDto(Page<ClientView> page) {
        return new ClientListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    ConnectionDto toDto(ConnectionView v) {
        Connection c = v.connection();
        return new ConnectionDto()
                .id(c.id)
                .clientId(c.clientId)
                .clinicianId(c.clinicianId)
                .clinicianName(v.clinicianName())
                .paymentType(PaymentTypeDto.valueOf(c.paymentType.name()))
                .status(ConnectionStatusDto.valueOf(c.status.name()))
                .createdAt(ApiValues.utc(c.createdAt))
                .updatedAt(ApiValues.utc(c.updatedAt))
                .respondedAt(ApiValues.utc(c.respondedAt));
    }

    ConnectionListDto toConnectionList(Page<ConnectionView> page) {
        return new ConnectionListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    ClientProfileDto toProfile(Client c) {
        return new ClientProfileDto()
                .clientId(c.id)
                .practiceId(c.practiceId)
                .firstName(c.firstName)
                .lastName(c.lastName)
                .email(c.email)
                .phone(c.phone)
                .dateOfBirth(c.dateOfBirth)
                .address(address(c))
                .status(ClientStatusDto.valueOf(c.status.name()));
    }

    ClientEstimatesDto toEstimates(ConnectionService.ConnectionEstimates result) {
        ConnectionView view = result.connection();
        EstimateService.Estimates estimates = result.estimates();
        Connection c = view.connection();
        return new ClientEstimatesDto()
                .connectionId(c.id)
                .clinicianId(c.clinicianId)
                .clinicianName(view.clinicianName())
                .paymentType(PaymentTypeDto.valueOf(c.paymentType.name()))
                .benefitCheckId(estimates.benefitCheckId())
                .services(estimates.services().stream()
                        .map(BenefitApiMapper::toDto)
                        .toList());
    }

    ClinicianInvitationDto toDto(ClinicianInvitation i) {
        return new ClinicianInvitationDto()
                .id(i.id)
                .firstName(i.firstName)
                .lastName(i.lastName)
                .email(i.email)
                .createdAt(ApiValues.utc(i.createdAt));
    }
}
