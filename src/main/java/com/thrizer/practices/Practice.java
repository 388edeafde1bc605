package com.thrizer.practices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A practice: the tenant every practice-owned row belongs to. */
@Entity
@Table(name = "practices")
public class Practice {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    @Column(name = "address_city")
    public String addressCity;

    @Column(name = "address_state")
    public String addressState;

    @Column(name = "address_postal_code")
    public String addressPostalCode;

    /** Nine digits, no dash. */
    public String tin;

    @Column(name = "group_npi")
    public String groupNpi;

    public String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "referral_code_id")
    public UUID referralCodeId;

    /** Session volume on which the 3% processing fee is still waived (referral credit), in cents. */
    @Column(name = "fee_waiver_remaining_cents", nullable = false)
    public long feeWaiverRemainingCents;

    @Column(nullable = false)
    public String currency;

    @Version
    public long version;

    public boolean hasAddress() {
        return addressLine1 != null;
    }
}
