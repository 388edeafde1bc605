package com.thrizer.clients;

import com.thrizer.api.generated.MeApi;
import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.api.generated.model.ChargeStatusDto;
import com.thrizer.api.generated.model.ClaimStatusDto;
import com.thrizer.api.generated.model.ClinicianInvitationDto;
import com.thrizer.api.generated.model.CreateClinicianInvitationRequestDto;
import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.CreateSupportRequestDto;
import com.thrizer.api.generated.model.InsuranceInputDto;
import com.thrizer.api.generated.model.PaymentMethodDto;
import com.thrizer.api.generated.model.ReimbursementStatusDto;
import com.thrizer.api.generated.model.UpdateProfileRequestDto;
import com.thrizer.banking.BankAccountApiMapper;
import com.thrizer.banking.BankAccountService;
import com.thrizer.benefits.BenefitApiMapper;
import com.thrizer.benefits.BenefitCheckService;
import com.thrizer.insurance.CardImage;
import com.thrizer.insurance.InsuranceApiMapper;
import com.thrizer.insurance.InsuranceService;
import com.thrizer.paymentmethods.PaymentMethodApiMapper;
import com.thrizer.paymentmethods.PaymentMethodService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.web.Created;
import com.thrizer.support.SupportRequest;
import com.thrizer.support.SupportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The signed-in client's own account: every operation is scoped to their client record. */
@RolesAllowed(Roles.CLIENT)
public class MeResource implements MeApi {
    private final CallerContext callers;
    private final ClientService clients;
    private final ConnectionService connections;
    private final ClinicianInvitationService clinicianInvitations;
    private final InsuranceService insurance;
    private final PaymentMethodService cards;
    private final BankAccountService bankAccounts;
    private final SupportService support;
    private final ClientApiMapper mapper;
    private final InsuranceApiMapper insuranceMapper;
    private final PaymentMethodApiMapper cardMapper;
    private final BankAccountApiMapper bankMapper;
    private final MeUploads uploads;
    private final IdempotentRequests idempotency;
    private final BenefitCheckService benefitChecks;
    private final BenefitApiMapper benefitMapper;
    private final MePaymentsResource payments;
    private final MeClaimsResource claims;
    private final SuperbillsResource superbills;

    MeResource(
            CallerContext callers,
            ClientService clients,
            ConnectionService connections,
            ClinicianInvitationService clinicianInvitations,
            InsuranceService insurance,
            PaymentMethodService cards,
            BankAccountService bankAccounts,
            SupportService support,
            ClientApiMapper mapper,
            InsuranceApiMapper insuranceMapper,
            PaymentMethodApiMapper cardMapper,
            BankAccountApiMapper bankMapper,
            MeUploads uploads,
            IdempotentRequests idempotency,
            BenefitCheckService benefitChecks,
            BenefitApiMapper benefitMapper,
            MePaymentsResource payments,
            MeClaimsResource claims,
            SuperbillsResource superbills) {
        this.superbills = superbills;
        this.payments = payments;
        this.claims = claims;
        this.benefitChecks = benefitChecks;
        this.benefitMapper = benefitMapper;
        this.callers = callers;
        this.clients = clients;
        this.connections = connections;
        this.clinicianInvitations = clinicianInvitations;
        this.insurance = insurance;
        this.cards = cards;
        this.bankAccounts = bankAccounts;
        this.support = support;
        this.mapper = mapper;
        this.insuranceMapper = insuranceMapper;
        this.cardMapper = cardMapper;
        this.bankMapper = bankMapper;
        this.uploads = uploads;
        this.idempotency = idempotency;
    }

    @Override
    public Response listMyPayments(
            Integer limit, String cursor, UUID clinicianId, ChargeStatusDto status, LocalDate from, LocalDate to) {
        return payments.list(callers.clientScope(), limit, cursor, clinicianId, status, from, to);
    }

    @Override
    public Response exportMyPayments(UUID clinicianId, ChargeStatusDto status, LocalDate from, LocalDate to) {
        return payments.export(callers.clientScope(), clinicianId, status, from, to);
    }

    @Override
    public Response getMyPayment(UUID chargeId) {
        return payments.get(callers.clientScope(), chargeId);
    }

    @Override
    public Response getMyReceipt(UUID chargeId) {
        return payments.receipt(callers.clientScope(), chargeId);
    }

    @Override
    public Response listMyClaims(Integer limit, String cursor, ClaimStatusDto status, LocalDate from, LocalDate to) {
        return claims.list(callers.clientScope(), limit, cursor, status, from, to);
    }

    @Override
    public Response createMyClaim(String idempotencyKey, CreateManualClaimRequestDto body) {
        return claims.createManual(idempotencyKey, body);
    }

    @Override
    public Response uploadSuperbill(
            String idempotencyKey,
            FileUpload file,
            String providerName,
            String providerNpi,
            String providerTin,
            String serviceDate,
            String billedAmount,
            String cptCode,
            String diagnosisCodes) {
        return claims.upload(idempotencyKey, file, new String[] {
            providerName, providerNpi, providerTin, serviceDate, billedAmount, cptCode, diagnosisCodes
        });
    }

    @Override
    public Response createMySuperbill(CreateSuperbillRequestDto body, String idempotencyKey) {
        return superbills.createOwn(callers.clientScope(), body, idempotencyKey);
    }

    @Override
    public Response getMySuperbill(UUID superbillId) {
        return superbills.getOwn(callers.clientScope(), superbillId);
    }

    @Override
    public Response getMyClaim(UUID claimId) {
        return claims.get(callers.clientScope(), claimId);
    }

    @Override
    public Response listMyReimbursements(Integer limit, String cursor, ReimbursementStatusDto status) {
        return claims.reimbursements(callers.clientScope(), limit, cursor, status);
    }

    @Override
    public Response getProfile() {
        return Response.ok(mapper.toProfile(clients.profile(callers.clientScope())))
                .build();
    }

    @Override
    public Response updateProfile(UpdateProfileRequestDto body) {
        return Response.ok(mapper.toProfile(clients.updateProfile(callers.clientScope(), mapper.toInput(body))))
                .build();
    }

    @Override
    public Response listMyConnections(Integer limit, String cursor) {
        return Response.ok(mapper.toConnectionList(
                        connections.listOwn(callers.clientScope(), PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response acceptConnection(UUID connectionId, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                connectionId,
                () -> Response.ok(mapper.toDto(connections.respond(callers.clientScope(), connectionId, true)))
                        .build());
    }

    @Override
    public Response declineConnection(UUID connectionId, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                connectionId,
                () -> Response.ok(mapper.toDto(connections.respond(callers.clientScope(), connectionId, false)))
                        .build());
    }

    @Override
    public Response inviteClinician(CreateClinicianInvitationRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            ClinicianInvitationDto sent = mapper.toDto(clinicianInvitations.invite(
                    callers.clientScope(), body.getFirstName(), body.getLastName(), body.getEmail()));
            return Response.status(Response.Status.CREATED).entity(sent).build();
        });
    }

    @Override
    public Response getMyInsurance() {
        return Response.ok(insuranceMapper.toDto(insurance.own(callers.clientScope())))
                .build();
    }

    @Override
    public Response setMyInsurance(InsuranceInputDto body) {
        return Response.ok(
                        insuranceMapper.toDto(insurance.setOwn(callers.clientScope(), insuranceMapper.toInput(body))))
                .build();
    }

    @Override
    public Response uploadCardImages(FileUpload front, FileUpload back) {
        List<CardImage> images = uploads.read(front, back);
        return Response.ok(insuranceMapper.toDto(insurance.uploadOwnCardImages(callers.clientScope(), images)))
                .build();
    }

    @Override
    public Response listMyPaymentMethods(Integer limit, String cursor) {
        return Response.ok(cardMapper.toDto(cards.listOwn(callers.clientScope(), PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response addPaymentMethod(CreatePaymentMethodRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            PaymentMethodDto added = cardMapper.toDto(cards.addOwn(callers.clientScope(), body.getToken()));
            return Created.at("/v1/me/payment-methods/" + added.getId())
                    .entity(added)
                    .build();
        });
    }

    @Override
    public Response deletePaymentMethod(UUID paymentMethodId) {
        cards.deleteOwn(callers.clientScope(), paymentMethodId);
        return Response.noContent().build();
    }

    @Override
    public Response setDefaultPaymentMethod(UUID paymentMethodId, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                paymentMethodId,
                () -> Response.ok(cardMapper.toDto(cards.makeDefault(callers.clientScope(), paymentMethodId)))
                        .build());
    }

    @Override
    public Response getReimbursementAccount() {
        return Response.ok(bankMapper.toDto(bankAccounts.reimbursementAccount(callers.clientScope())))
                .build();
    }

    @Override
    public Response setReimbursementAccount(BankAccountInputDto body) {
        return Response.ok(bankMapper.toDto(
                        bankAccounts.setReimbursementAccount(callers.clientScope(), bankMapper.toInput(body))))
                .build();
    }

    @Override
    public Response deleteReimbursementAccount() {
        bankAccounts.deleteReimbursementAccount(callers.clientScope());
        return Response.noContent().build();
    }

    @Override
    public Response createSupportRequest(CreateSupportRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            SupportRequest request = support.create(
                    callers.clientScope(),
                    SupportRequest.Topic.valueOf(body.getTopic().name()),
                    body.getMessage(),
                    body.getRelatedClaimId(),
                    body.getRelatedChargeId());
            return Response.status(Response.Status.CREATED)
                    .entity(mapper.toDto(request))
                    .build();
        });
    }

    @Override
    public Response listMyBenefitChecks(Integer limit, String cursor) {
        return Response.ok(benefitMapper.toDto(
                        benefitChecks.listOwn(callers.clientScope(), PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response getMyEstimates(UUID connectionId) {
        return Response.ok(mapper.toEstimates(connections.estimatesFor(callers.clientScope(), connectionId)))
                .build();
    }
}
