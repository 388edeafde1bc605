package com.thrizer.catalog;

import com.thrizer.shared.error.FieldError;
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

    public List<KnownInsurer> insurers() {
        return catalog.insurers().stream().map(KnownInsurer::of).toList();
    }

    /** Candidates for a typed name, with how it matched. */
    public InsurerMatch matchInsurer(String input) {
        return InsurerMatcher.match(input, insurers());
    }

    public Optional<KnownInsurer> insurer(String id) {
        return catalog.insurer(id).map(KnownInsurer::of);
    }

    public List<KnownCptCode> cptCodes() {
        return catalog.cptCodes().stream().map(KnownCptCode::of).toList();
    }

    public Optional<KnownCptCode> cptCode(String code) {
        return catalog.cptCode(code).map(KnownCptCode::of);
    }

    /**
     * Adds an error when a code cannot be a session's primary code: {@code unknown_cpt_code} (not in the catalogue)
     * or {@code add_on_code_not_allowed}.
     */
    public void checkPrimaryCode(String code, String param, List<FieldError> errors) {
        Optional<CptCode> found = catalog.cptCode(code);
        if (found.isEmpty()) {
            errors.add(new FieldError(param, "unknown_cpt_code", "is not in the CPT code catalogue"));
        } else if (found.get().addOn) {
            errors.add(new FieldError(
                    param, "add_on_code_not_allowed", "is an add-on code; a session needs a primary code"));
        }
    }
}
