package com.thrizer.paymentmethods;

import com.thrizer.processor.CardDetails;
import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client's card: the processor's reference and what is safe to show. Deleted cards stay for past charges. */
@Entity
@Table(name = "payment_methods")
public class PaymentMethod extends ClientOwnedEntity {
    @Column(name = "processor_ref", nullable = false, updatable = false)
    public String processorRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CardDetails.Brand brand;

    @Column(nullable = false, updatable = false)
    public String last4;

    @Column(name = "exp_month", nullable = false)
    public int expMonth;

    @Column(name = "exp_year", nullable = false)
    public int expYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CardDetails.Funding funding;

    @Column(name = "hsa_fsa", nullable = false, updatable = false)
    public boolean hsaFsa;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
