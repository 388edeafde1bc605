package com.thrizer.clients.persistence;

import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A clinician a client invited to Thrizer. */
@Entity
@Table(name = "clinician_invitations")
public class ClinicianInvitation extends ClientOwnedEntity {
    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(nullable = false)
    public String email;
}
