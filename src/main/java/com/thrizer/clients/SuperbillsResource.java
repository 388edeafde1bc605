package com.thrizer.clients;

import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.SuperbillDto;
import com.thrizer.charges.ChargeApiMapper;
import com.thrizer.charges.SuperbillService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.web.Attachments;
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
        return Attachments.pdf(superbills.pdf(clientId, superbillId), "superbill-" + superbillId + ".pdf");
    }

    Response createOwn(ClientScope scope, CreateSuperbillRequestDto body, String key) {
        return idempotency.execute(key, body, () -> {
            SuperbillDto dto = mapper.toDto(superbills.createOwn(scope, body.getFrom(), body.getTo()));
            return Created.at("/v1/me/superbills/" + dto.getId()).entity(dto).build();
        });
    }

    Response getOwn(ClientScope scope, UUID superbillId) {
        return Attachments.pdf(superbills.pdfOwn(scope, superbillId), "superbill-" + superbillId + ".pdf");
    }
}
