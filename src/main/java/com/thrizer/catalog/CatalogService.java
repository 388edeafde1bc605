package com.thrizer.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Supported insurers and CPT codes: reference data every caller may read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {
    private final CatalogRepository catalog;

    CatalogService(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    public List<Insurer> insurers() {
        return catalog.insurers();
    }

    /** Candidates for a typed name, with how it matched. */
    public InsurerMatch matchInsurer(String input) {
        return InsurerMatcher.match(input, catalog.insurers());
    }

    public Optional<Insurer> insurer(String id) {
        return catalog.insurer(id);
    }

    public List<CptCode> cptCodes() {
        return catalog.cptCodes();
    }

    public Optional<CptCode> cptCode(String code) {
        return catalog.cptCode(code);
    }
}
