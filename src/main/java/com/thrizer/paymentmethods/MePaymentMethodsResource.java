package com.thrizer.paymentmethods;

import com.thrizer.api.generated.MePaymentMethodsApi;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.api.generated.model.PaymentMethodDto;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The signed-in client's cards. */
@RolesAllowed(Roles.CLIENT)
public class MePaymentMethodsResource implements MePaymentMethodsApi {
    private final CallerContext callers;
    private final PaymentMethodService cards;
    private final PaymentMethodApiMapper mapper;
    private final IdempotentRequests idempotency;

    MePaymentMethodsResource(
            CallerContext callers,
            PaymentMethodService cards,
            PaymentMethodApiMapper mapper,
            IdempotentRequests idempotency) {
        this.callers = callers;
        this.cards = cards;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    public Response listMyPaymentMethods(Integer limit, String cursor) {
        return Response.ok(mapper.toDto(cards.listOwn(callers.clientScope(), PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response addPaymentMethod(CreatePaymentMethodRequestDto body, String idempotencyKey) {
        // the card is attached at the processor outside any transaction, then stored in one of its own (stepwise),
        // with the request's answer
        return idempotency.executeStepwiseWithAnswer(
                idempotencyKey,
                body,
                storeAnswer -> cards.addOwn(callers.clientScope(), body.getToken(), card -> {
                    PaymentMethodDto added = mapper.toDto(card);
                    return storeAnswer.apply(Created.at("/v1/me/payment-methods/" + added.getId())
                            .entity(added)
                            .build());
                }));
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
                () -> Response.ok(mapper.toDto(cards.makeDefault(callers.clientScope(), paymentMethodId)))
                        .build());
    }
}
