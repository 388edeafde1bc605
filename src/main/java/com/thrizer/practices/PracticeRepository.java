package com.thrizer.practices;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Practices are read by the caller's own practice id only (see {@link PracticeService}). */
@ApplicationScoped
public class PracticeRepository implements PanacheRepositoryBase<Practice, UUID> {}
