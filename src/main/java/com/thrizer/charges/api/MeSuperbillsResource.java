package com.thrizer.charges.api;

import com.thrizer.api.generated.MeSuperbillsApi;
import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.SuperbillDto;
import com.thrizer.charges.documents.SuperbillService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.web.Attachments;
import com.thrizer.shared.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Superbill PDFs of the signed-in client's payments. */
@RolesAllowed(Roles.CLIENT)
public class MeSuperbillsResource implements MeSuperbillsApi {
    private final CallerContext callers;
    private final SuperbillService superbills;
    private final ChargeApiMapper mapper;
    private final IdempotentRequests idempotency;

    MeSuperbillsResource(
            CallerContext callers,
            SuperbillService superbills,
            ChargeApiMapper mapper,
            IdempotentRequests idempotency) {
        this.callers = callers;
        this.superbills = superbills;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    public Response createMySuperbill(CreateSuperbillRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            SuperbillDto dto = mapper.toDto(superbills.createOwn(callers.clientScope(), body.getFrom(), body.getTo()));
            return Created.at("/v1/me/superbills/" + dto.getId()).entity(dto).build();
        });
    }

    @Override
    public Response getMySuperbill(UUID superbillId) {
        return Attachments.pdf(
                superbills.pdfOwn(callers.clientScope(), superbillId), "superbill-" + superbillId + ".pdf");
    }
}
