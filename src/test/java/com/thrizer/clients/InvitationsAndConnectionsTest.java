package com.thrizer.clients;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.thrizer.api.generated.model.CreateConnectionRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.UpdateConnectionRequestDto;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Clients;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationsAndConnectionsTest {
    @Inject
    TestData data;

    @Inject
    MockMailbox mailbox;

    TestPractice practice;
    String admin;
    String clinicianId;

    @BeforeEach
    void setUp() {
        practice = data.practice("Invitations Practice");
        admin = practice.adminToken();
        clinicianId = practice.clinicianMemberId().toString();
    }

    @Test
    void linksTheInvitedClientOnceAndAnswerTheSameAfterwards() {
        String email = TestData.uniqueEmail("invited");
        String id = Clients.add(admin, email, clinicianId, null);
        String link = Clients.invitationToken(mailbox, email);
        String token = Tokens.of(email);
        Api.as(token)
                .when()
                .post("/v1/invitations/" + link + "/accept")
                .then()
                .statusCode(200)
                .body("clientId", is(id))
                .body("practiceId", is(practice.id().toString()))
                .body("status", is("ACTIVE"))
                .body("email", is(email));
        Api.as(token)
                .when()
                .post("/v1/invitations/" + link + "/accept")
                .then()
                .statusCode(200)
                .body("clientId", is(id));
        Api.as(token)
                .when()
                .get("/v1/whoami")
                .then()
                .body("roles", is(List.of("CLIENT")))
                .body("clientId", is(id));
        Api.as(admin).when().get("/v1/clients/" + id).then().body("signedIn", is(true));
    }

    @Test
    void refusesOtherPeopleExpiredAndUnknownInvitations() {
        String email = TestData.uniqueEmail("target");
        Clients.add(admin, email, clinicianId, null);
        String link = Clients.invitationToken(mailbox, email);
        Api.as(Tokens.of(TestData.uniqueEmail("intruder")))
                .when()
                .post("/v1/invitations/" + link + "/accept")
                .then()
                .statusCode(422)
                .body("code", is("invitation_email_mismatch"));
        String unverified = Tokens.custom()
                .subject("dev|u-" + UUID.randomUUID())
                .claim("email", email)
                .claim("email_verified", false)
                .sign();
        Api.as(unverified)
                .when()
                .post("/v1/invitations/" + link + "/accept")
                .then()
                .statusCode(422)
                .body("code", is("verified_email_required"));
        Api.as(admin)
                .when()
                .post("/v1/invitations/" + "A".repeat(43) + "/accept")
                .then()
                .statusCode(404)
                .body("code", is("invitation_not_found"));
        Api.as(admin).when().post("/v1/invitations/short/accept").then().statusCode(400);
        Api.anonymous()
                .when()
                .post("/v1/invitations/" + link + "/accept")
                .then()
                .statusCode(401);

        data.update(
                "UPDATE client_invitations SET expires_at = now() - interval '1 minute'"
                        + " WHERE client_id = (SELECT id FROM clients WHERE email = ?1)",
                email);
        Api.as(Tokens.of(email))
                .when()
                .post("/v1/invitations/" + link + "/accept")
                .then()
                .statusCode(422)
                .body("code", is("invitation_expired"));
    }

    @Test
    void connectsAcceptDeclineAndReconnect() {
        String email = TestData.uniqueEmail("connect");
        String clientId = Clients.add(admin, email, null, null);
        String connectionId = Api.as(admin)
                .body(new CreateConnectionRequestDto()
                        .clinicianId(UUID.fromString(clinicianId))
                        .paymentType(PaymentTypeDto.OON_PAY))
                .when()
                .post("/v1/clients/" + clientId + "/connections")
                .then()
                .statusCode(201)
                .body("status", is("PENDING"))
                .body("clinicianName", is("Test Member"))
                .extract()
                .path("id");
        Api.as(admin)
                .body(new CreateConnectionRequestDto().clinicianId(UUID.fromString(clinicianId)))
                .when()
                .post("/v1/clients/" + clientId + "/connections")
                .then()
                .statusCode(409)
                .body("code", is("connection_exists"));
        String client = Tokens.of(email);
        Api.as(client)
                .when()
                .get("/v1/me/connections")
                .then()
                .statusCode(200)
                .body("data[0].id", is(connectionId))
                .body("data[0].paymentType", is("OON_PAY"));
        Api.as(client)
                .when()
                .post("/v1/me/connections/" + connectionId + "/accept")
                .then()
                .statusCode(200)
                .body("status", is("CONNECTED"))
                .body("respondedAt", notNullValue());
        Api.as(client)
                .when()
                .post("/v1/me/connections/" + connectionId + "/decline")
                .then()
                .statusCode(422)
                .body("code", is("connection_not_pending"));
        Api.as(admin)
                .body(new UpdateConnectionRequestDto().paymentType(PaymentTypeDto.SELF_PAY))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(200)
                .body("paymentType", is("SELF_PAY"))
                .body("status", is("CONNECTED"));
        Api.as(admin)
                .body(new UpdateConnectionRequestDto().status(UpdateConnectionRequestDto.StatusEnum.PENDING))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(422)
                .body("code", is("connection_active"));
        Api.as(practice.clinicianToken())
                .body(new UpdateConnectionRequestDto().status(UpdateConnectionRequestDto.StatusEnum.DISCONNECTED))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(200)
                .body("status", is("DISCONNECTED"));
        Api.as(practice.clinicianToken())
                .when()
                .get("/v1/clients/" + clientId)
                .then()
                .statusCode(404);
        Api.as(admin)
                .body(new CreateConnectionRequestDto().clinicianId(UUID.fromString(clinicianId)))
                .when()
                .post("/v1/clients/" + clientId + "/connections")
                .then()
                .statusCode(201)
                .body("id", is(connectionId))
                .body("status", is("PENDING"));
        Api.as(client)
                .when()
                .post("/v1/me/connections/" + connectionId + "/decline")
                .then()
                .statusCode(200)
                .body("status", is("DECLINED"));
        Api.as(admin)
                .when()
                .get("/v1/clients/" + clientId + "/connections")
                .then()
                .body("data[0].status", is("DECLINED"));
    }

    @Test
    void keepsConnectionsWithinTheirOwners() {
        String email = TestData.uniqueEmail("mine");
        String clientId = Clients.add(admin, email, clinicianId, null);
        String connectionId =
                Api.as(admin).when().get("/v1/clients/" + clientId).path("connections[0].id");
        TestPractice other = data.practice("Other Connections");
        Api.as(other.adminToken())
                .body(new UpdateConnectionRequestDto().paymentType(PaymentTypeDto.OON_PAY))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(404);
        Api.as(practice.clientToken())
                .when()
                .post("/v1/me/connections/" + connectionId + "/accept")
                .then()
                .statusCode(404);
        String otherClinician = data.member(practice.id(), "CLINICIAN", true);
        Api.as(Tokens.of(otherClinician))
                .body(new UpdateConnectionRequestDto().status(UpdateConnectionRequestDto.StatusEnum.DISCONNECTED))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(404);
        Api.as(admin)
                .body(new CreateConnectionRequestDto().clinicianId(UUID.randomUUID()))
                .when()
                .post("/v1/clients/" + clientId + "/connections")
                .then()
                .statusCode(404);
        Api.as(admin)
                .body(Api.rawJson("{\"status\": \"CONNECTED\"}"))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(400)
                .body("errors[0].param", is("status"));
    }

    @Test
    void guardsConnectionChangesByScope() {
        String clientId = Clients.add(admin, TestData.uniqueEmail("scoped"), clinicianId, null);
        String connectionId =
                Api.as(admin).when().get("/v1/clients/" + clientId).path("connections[0].id");
        Api.anonymous()
                .body(new UpdateConnectionRequestDto().paymentType(PaymentTypeDto.OON_PAY))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(401);
        String reader = ApiKeys.create(admin, "clients:read");
        Api.as(reader)
                .body(new UpdateConnectionRequestDto().paymentType(PaymentTypeDto.OON_PAY))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(403);
        Api.as(practice.clientToken())
                .body(new UpdateConnectionRequestDto().paymentType(PaymentTypeDto.OON_PAY))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(403);
        Api.as(admin).when().get("/v1/me/connections").then().statusCode(403);
        String writer = ApiKeys.create(admin, "clients:write");
        Api.as(writer)
                .body(new UpdateConnectionRequestDto().paymentType(PaymentTypeDto.THRIZER_PAY))
                .when()
                .patch("/v1/connections/" + connectionId)
                .then()
                .statusCode(200)
                .body("paymentType", is("THRIZER_PAY"));
    }
}
