package com.thrizer.clients;

import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.SuperbillDto;
import com.thrizer.charges.ChargeApiMapper;
import com.thrizer.charges.SuperbillService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.web.Attachments;
import com.thrizer.shared.web.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Superbill PDFs for {@link ClientsResource} (practice), which delegates to it. Not a JAX-RS resource by itself; the
 * client's own superbills are served by {@code charges.MeSuperbillsResource}.
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
}
