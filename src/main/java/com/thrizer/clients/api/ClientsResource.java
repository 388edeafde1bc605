package com.thrizer.clients.api;

import com.thrizer.api.generated.ClientsApi;
import com.thrizer.api.generated.model.BenefitCheckDto;
import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.ClientDto;
import com.thrizer.api.generated.model.ClientStatusDto;
import com.thrizer.api.generated.model.ConnectionDto;
import com.thrizer.api.generated.model.CreateBenefitCheckRequestDto;
import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.CreateConnectionRequestDto;
import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.DiagnosesRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.SuperbillDto;
import com.thrizer.api.generated.model.UpdateClientRequestDto;
import com.thrizer.benefits.api.BenefitApiMapper;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.eligibility.EligibilityService;
import com.thrizer.charges.api.ChargeApiMapper;
import com.thrizer.charges.documents.SuperbillService;
import com.thrizer.clients.domain.ClientAccess;
import com.thrizer.clients.domain.ClientFilter;
import com.thrizer.clients.domain.ClientService;
import com.thrizer.clients.domain.ConnectionService;
import com.thrizer.insurance.InsuranceApiMapper;
import com.thrizer.paymentmethods.PaymentMethodApiMapper;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.web.Attachments;
import com.thrizer.shared.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

public class ClientsResource implements ClientsApi {
    private final ClientService clients;
    private final ConnectionService connections;
    private final ClientAccess access;
    private final ClientApiMapper mapper;
    private final InsuranceApiMapper insuranceMapper;
    private final PaymentMethodApiMapper cardMapper;
    private final IdempotentRequests idempotency;
    private final BenefitCheckService benefitChecks;
    private final EligibilityService eligibility;
    private final BenefitApiMapper benefitMapper;
    private final SuperbillService superbills;
    private final ChargeApiMapper chargeMapper;

    ClientsResource(
            ClientService clients,
            ConnectionService connections,
            ClientAccess access,
            ClientApiMapper mapper,
            InsuranceApiMapper insuranceMapper,
            PaymentMethodApiMapper cardMapper,
            IdempotentRequests idempotency,
            BenefitCheckService benefitChecks,
            EligibilityService eligibility,
            BenefitApiMapper benefitMapper,
            SuperbillService superbills,
            ChargeApiMapper chargeMapper) {
        this.superbills = superbills;
        this.chargeMapper = chargeMapper;
        this.benefitChecks = benefitChecks;
        this.eligibility = eligibility;
        this.benefitMapper = benefitMapper;
        this.clients = clients;
        this.connections = connections;
        this.access = access;
        this.mapper = mapper;
        this.insuranceMapper = insuranceMapper;
        this.cardMapper = cardMapper;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_READ)
    public Response createSuperbill(UUID clientId, CreateSuperbillRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            SuperbillDto dto = chargeMapper.toDto(superbills.create(clientId, body.getFrom(), body.getTo()));
            return Created.at("/v1/clients/" + clientId + "/superbills/" + dto.getId())
                    .entity(dto)
                    .build();
        });
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_READ)
    public Response getSuperbill(UUID clientId, UUID superbillId) {
        return Attachments.pdf(superbills.pdf(clientId, superbillId), "superbill-" + superbillId + ".pdf");
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_READ)
    public Response listClients(
            Integer limit,
            String cursor,
            ClientStatusDto status,
            PaymentTypeDto paymentType,
            UUID clinicianId,
            String q) {
        ClientFilter filter = new ClientFilter(mapper.status(status), mapper.paymentType(paymentType), clinicianId, q);
        return Response.ok(mapper.toDto(clients.list(filter, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response createClient(CreateClientRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            ClientDto created = mapper.toDto(clients.create(
                    mapper.toInput(body), body.getClinicianId(), mapper.paymentType(body.getPaymentType())));
            return Created.at("/v1/clients/" + created.getId()).entity(created).build();
        });
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_READ)
    public Response getClient(UUID clientId) {
        return Response.ok(mapper.toDto(clients.get(clientId))).build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response updateClient(UUID clientId, UpdateClientRequestDto body) {
        return Response.ok(mapper.toDto(clients.update(clientId, mapper.toInput(body))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response removeClient(UUID clientId) {
        return Response.ok(mapper.toDto(clients.remove(clientId))).build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response archiveClient(UUID clientId, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                clientId,
                () -> Response.ok(mapper.toDto(clients.archive(clientId))).build());
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response unarchiveClient(UUID clientId, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                clientId,
                () -> Response.ok(mapper.toDto(clients.unarchive(clientId))).build());
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response pinClient(UUID clientId) {
        return Response.ok(mapper.toDto(clients.pin(clientId, true))).build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response unpinClient(UUID clientId) {
        return Response.ok(mapper.toDto(clients.pin(clientId, false))).build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response setDiagnoses(UUID clientId, DiagnosesRequestDto body) {
        return Response.ok(mapper.toDto(clients.setDiagnoses(clientId, List.copyOf(body.getCodes()))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_READ)
    public Response listClientConnections(UUID clientId, Integer limit, String cursor) {
        return Response.ok(mapper.toConnectionList(connections.listForClient(clientId, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response createConnection(UUID clientId, CreateConnectionRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            ConnectionDto created = mapper.toDto(
                    connections.create(clientId, body.getClinicianId(), mapper.paymentType(body.getPaymentType())));
            return Created.at("/v1/connections/" + created.getId())
                    .entity(created)
                    .build();
        });
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_READ)
    public Response getClientInsurance(UUID clientId) {
        return Response.ok(insuranceMapper.toDto(access.insurance(clientId))).build();
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_READ)
    public Response listClientPaymentMethods(UUID clientId, Integer limit, String cursor) {
        return Response.ok(cardMapper.toDto(access.paymentMethods(clientId, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.BENEFITS_WRITE)
    public Response createBenefitCheck(
            UUID clientId, CreateBenefitCheckRequestDto body, Integer sessions, String idempotencyKey) {
        // the payer is asked outside any transaction, between the check's short ones (stepwise); the last one stores
        // the check with the request's answer
        return idempotency.executeStepwiseWithAnswer(
                idempotencyKey,
                body,
                storeAnswer -> benefitChecks.create(
                        clientId, benefitMapper.toTarget(body), BenefitCheckService.sessions(sessions), view -> {
                            BenefitCheckDto check = benefitMapper.toDto(view);
                            return storeAnswer.apply(Created.at("/v1/benefit-checks/" + check.getId())
                                    .entity(check)
                                    .build());
                        }));
    }

    @Override
    @RolesAllowed(Scopes.BENEFITS_READ)
    public Response listBenefitChecks(UUID clientId, Integer limit, String cursor) {
        return Response.ok(benefitMapper.toDto(benefitChecks.list(clientId, PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    @RolesAllowed(Scopes.BENEFITS_READ)
    public Response getPaymentEligibility(UUID clientId, ChargeKindDto kind) {
        return Response.ok(benefitMapper.toDto(eligibility.forClient(clientId, benefitMapper.kind(kind))))
                .build();
    }
}
