package com.thrizer.catalog;

import com.thrizer.api.generated.InsurersApi;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;

public class InsurersResource implements InsurersApi {
    private final CatalogService catalog;
    private final CatalogApiMapper mapper;

    InsurersResource(CatalogService catalog, CatalogApiMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @Override
    @Authenticated
    public Response listInsurers(String q) {
        if (q == null) {
            return Response.ok(mapper.toDto(null, catalog.insurers())).build();
        }
        InsurerMatch match = catalog.matchInsurer(q);
        return Response.ok(mapper.toDto(match.status(), match.candidates())).build();
    }
}
