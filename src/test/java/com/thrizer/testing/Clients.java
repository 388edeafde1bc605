package com.thrizer.testing;

import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.notifications.MockMailbox.SentEmail;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Client flows through the API, as the dashboards do them. */
public final class Clients {
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

    private Clients() {}

    /** Adds a client (as the given practice user) connected to the clinician; returns the client's id. */
    public static String add(String token, String email, String clinicianId, String paymentType) {
        return Api.as(token)
                .body(new CreateClientRequestDto()
                        .firstName("Cleo")
                        .lastName("Client")
                        .email(email)
                        .dateOfBirth(LocalDate.of(1990, 4, 12))
                        .clinicianId(clinicianId == null ? null : UUID.fromString(clinicianId))
                        .paymentType(paymentType == null ? null : PaymentTypeDto.fromValue(paymentType)))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The token of the last invitation link emailed to this address. */
    public static String invitationToken(MockMailbox mailbox, String email) {
        List<SentEmail> mails = mailbox.sentTo(email);
        if (mails == null || mails.isEmpty()) {
            throw new AssertionError("no invitation email");
        }
        Matcher m = INVITATION_LINK.matcher(mails.get(mails.size() - 1).text());
        if (!m.find()) {
            throw new AssertionError("no invitation link in the email");
        }
        return m.group(1);
    }
}
