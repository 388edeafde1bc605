package com.thrizer.clients;

import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.SuperbillDto;
import com.thrizer.charges.ChargeApiMapper;
import com.thrizer.charges.SuperbillService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.web.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Superbill PDFs for {@link ClientsResource} (practice) and {@link MeResource} (the client), which delegate to it.
 * Not a JAX-RS resource by itself.
 */
@ApplicationScoped
public class SuperbillsResource {
    private final SuperbillService superbills;
    private final ChargeApiMapper mapper;
    private final IdempotentRequests idempotency;

    SuperbillsResource(SuperbillService superbills, ChargeApiMapper mapper, IdempotentRequests idempotency) {
        this.superbills = superbills;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    Response create(UUID clientId, CreateSuperbillRequestDto body, String key) {
        return idempotency.execute(key, body, () -> {
            SuperbillDto dto = mapper.toDto(superbills.create(clientId, body.getFrom(), body.getTo()));
            return Created.at("/v1/clients/" + clientId + "/superbills/" + dto.getId())
                    .entity(dto)
                    .build();
        });
    }

    Response get(UUID clientId, UUID superbillId) {
        return pdf(superbills.pdf(clientId, superbillId), superbillId);
    }

    Response createOwn(ClientScope scope, CreateSuperbillRequestDto body, String key) {
        return idempotency.execute(key, body, () -> {
            SuperbillDto dto = mapper.toDto(superbills.createOwn(scope, body.getFrom(), body.getTo()));
            return Created.at("/v1/me/superbills/" + dto.getId()).entity(dto).build();
        });
    }

    Response getOwn(ClientScope scope, UUID superbillId) {
        return pdf(superbills.pdfOwn(scope, superbillId), superbillId);
    }

    private static Response pdf(byte[] content, UUID id) {
        return Response.ok(content, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"superbill-" + id + ".pdf\"")
                .build();
    }
}
