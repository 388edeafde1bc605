package com.thrizer.quotes;

import com.thrizer.api.generated.QuotesApi;
import com.thrizer.api.generated.model.CreateQuoteRequestDto;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

public class QuotesResource implements QuotesApi {
    private final QuoteService quotes;
    private final QuoteApiMapper mapper;

    QuotesResource(QuoteService quotes, QuoteApiMapper mapper) {
        this.quotes = quotes;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Scopes.CHARGES_READ)
    public Response createQuote(CreateQuoteRequestDto body) {
        return Response.ok(mapper.toDto(quotes.quote(mapper.toRequest(body)))).build();
    }
}
