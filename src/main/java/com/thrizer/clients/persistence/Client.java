package com.thrizer.clients.persistence;

import com.thrizer.clients.domain.ClientInput;
import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A client (patient) of a practice. Personal data: never logged, never in errors. */
@Entity
@Table(name = "clients")
public class Client extends PracticeOwnedEntity {
    public enum Status {
        INVITED,
        ACTIVE,
        ARCHIVED,
        REMOVED
    }

    @Column(name = "user_id")
    public UUID userId;

    @Column(nullable = false)
    public String email;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String phone;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

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

    @Column(nullable = false)
    public boolean pinned;

    /** ICD-10-CM codes, primary first, '|'-separated. */
    @Column(nullable = false)
    public String diagnoses;

    @Column(name = "removed_at")
    public Instant removedAt;

    /** The user or API key that added the client. */
    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public List<String> diagnosisList() {
        return diagnoses.isEmpty() ? List.of() : List.of(diagnoses.split("\\|"));
    }

    public boolean hasAddress() {
        return addressLine1 != null;
    }

    /** The postal address, or null when none is on file. */
    public ClientInput.Address address() {
        return hasAddress()
                ? new ClientInput.Address(addressLine1, addressLine2, addressCity, addressState, addressPostalCode)
                : null;
    }

    public boolean isRemoved() {
        return status == Status.REMOVED;
    }

    @Override
    public String toString() {
        return "Client[" + id + "]";
    }
}
