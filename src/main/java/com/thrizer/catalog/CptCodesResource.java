package com.thrizer.catalog;

import com.thrizer.api.generated.CptCodesApi;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;

public class CptCodesResource implements CptCodesApi {
    private final CatalogService catalog;
    private final CatalogApiMapper mapper;

    CptCodesResource(CatalogService catalog, CatalogApiMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @Override
    @Authenticated
    public Response listCptCodes() {
        return Response.ok(mapper.toDto(catalog.cptCodes())).build();
    }
}
