package com.thrizer.clients;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.AddressDto;
import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.DiagnosesRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.UpdateClientRequestDto;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.notifications.MockMailbox.SentEmail;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Clients;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientsResourceTest {
    @Inject
    TestData data;

    @Inject
    MockMailbox mailbox;

    TestPractice practice;
    String admin;
    String clinicianId;

    @BeforeEach
    void setUp() {
        practice = data.practice("Clients Practice");
        admin = practice.adminToken();
        clinicianId = practice.clinicianMemberId().toString();
    }

    @Test
    void addsAClientConnectedToAClinicianAndInvitesThem() {
        String email = TestData.uniqueEmail("cleo");
        String id = Api.as(admin)
                .body(new CreateClientRequestDto()
                        .firstName("Cleo")
                        .lastName("Quixote")
                        .email(email)
                        .phone("+14155550123")
                        .dateOfBirth(LocalDate.parse("1990-04-17"))
                        .clinicianId(UUID.fromString(clinicianId))
                        .paymentType(PaymentTypeDto.OON_PAY))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(201)
                .body("status", is("INVITED"))
                .body("signedIn", is(false))
                .body("pinned", is(false))
                .body("diagnoses", empty())
                .body("connections", hasSize(1))
                .body("connections[0].clinicianId", is(clinicianId))
                .body("connections[0].clinicianName", is("Test Member"))
                .body("connections[0].paymentType", is("OON_PAY"))
                .body("connections[0].status", is("PENDING"))
                .body("defaultPaymentMethod", nullValue())
                .extract()
                .path("id");
        List<SentEmail> mails = mailbox.sentTo(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).text().startsWith("Hi Cleo,"));
        assertFalse(mails.get(0).text().contains("Quixote"), "no last name in emails");
        String token = Clients.invitationToken(mailbox, email);
        Object stored = data.scalar("SELECT token_hash FROM client_invitations WHERE client_id = CAST(?1 AS uuid)", id);
        assertFalse(stored.toString().contains(token), "only the token's hash is stored");
        Api.as(admin).when().get("/v1/clients/" + id).then().statusCode(200).body("phone", is("+14155550123"));
    }

    @Test
    void connectsAClinicianToTheClientsTheyAdd() {
        String clinician = practice.clinicianToken();
        String id = Clients.add(clinician, TestData.uniqueEmail("mine"), null, null);
        Api.as(clinician)
                .when()
                .get("/v1/clients/" + id)
                .then()
                .body("connections[0].clinicianId", is(clinicianId))
                .body("connections[0].paymentType", is("SELF_PAY"));
        String otherClinician = data.member(practice.id(), "CLINICIAN", true);
        String otherId =
                Api.as(Tokens.of(otherClinician)).when().get("/v1/whoami").path("teamMemberId");
        Api.as(clinician)
                .body(new CreateClientRequestDto()
                        .firstName("A")
                        .lastName("B")
                        .email(TestData.uniqueEmail("x"))
                        .clinicianId(UUID.fromString(otherId)))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(403);
    }

    @Test
    void showsCliniciansOnlyTheirClients() {
        String mine = Clients.add(admin, TestData.uniqueEmail("mine"), clinicianId, null);
        String notMine = Clients.add(admin, TestData.uniqueEmail("other"), null, null);
        String clinician = practice.clinicianToken();
        Api.as(clinician).when().get("/v1/clients/" + mine).then().statusCode(200);
        Api.as(clinician)
                .when()
                .get("/v1/clients/" + notMine)
                .then()
                .statusCode(404)
                .body("code", is("not_found"));
        Api.as(clinician)
                .body(new UpdateClientRequestDto().phone("+14155550123"))
                .when()
                .patch("/v1/clients/" + notMine)
                .then()
                .statusCode(404);
        Api.as(clinician)
                .when()
                .get("/v1/clients")
                .then()
                .body("data.id", hasItem(mine))
                .body("data.id", not(hasItem(notMine)));
        Api.as(practice.staffToken())
                .when()
                .get("/v1/clients")
                .then()
                .body("data.id", hasItem(mine))
                .body("data.id", hasItem(notMine));
    }

    @Test
    void filtersSearchesAndPutsPinnedClientsFirst() {
        String a = Clients.add(admin, TestData.uniqueEmail("alpha"), clinicianId, "OON_PAY");
        String b = Clients.add(admin, TestData.uniqueEmail("beta"), null, null);
        String c = Clients.add(admin, TestData.uniqueEmail("gamma"), clinicianId, "SELF_PAY");
        Api.as(admin)
                .when()
                .put("/v1/clients/" + a + "/pin")
                .then()
                .statusCode(200)
                .body("pinned", is(true));
        List<String> walk = new ArrayList<>();
        String cursor = null;
        do {
            var spec = Api.as(admin).queryParam("limit", 1);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response page = spec.when().get("/v1/clients");
            walk.addAll(page.path("data.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        List<String> expected = new ArrayList<>(List.of(a, c, b));
        expected.add(practice.clientId().toString());
        assertEquals(expected, walk, "pinned first, then newest first");
        Api.as(admin)
                .queryParam("paymentType", "OON_PAY")
                .when()
                .get("/v1/clients")
                .then()
                .body("data.id", is(List.of(a)));
        Api.as(admin)
                .queryParam("clinicianId", clinicianId)
                .when()
                .get("/v1/clients")
                .then()
                .body("data.id", is(List.of(a, c)));
        Api.as(admin).queryParam("q", "ALPHA").when().get("/v1/clients").then().body("data.id", is(List.of(a)));
        Api.as(admin).queryParam("q", "%").when().get("/v1/clients").then().body("data", empty());
        Api.as(admin)
                .when()
                .delete("/v1/clients/" + a + "/pin")
                .then()
                .statusCode(200)
                .body("pinned", is(false));
    }

    @Test
    void archivesUnarchiveAndRemove() {
        String id = Clients.add(admin, TestData.uniqueEmail("life"), clinicianId, null);
        Api.as(admin)
                .when()
                .post("/v1/clients/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", is("ARCHIVED"));
        Api.as(admin)
                .when()
                .post("/v1/clients/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", is("ARCHIVED"));
        Api.as(admin)
                .queryParam("status", "ARCHIVED")
                .when()
                .get("/v1/clients")
                .then()
                .body("data.id", is(List.of(id)));
        Api.as(admin)
                .when()
                .post("/v1/clients/" + id + "/unarchive")
                .then()
                .statusCode(200)
                .body("status", is("INVITED"));
        Api.as(admin).when().delete("/v1/clients/" + id).then().statusCode(200).body("status", is("REMOVED"));
        Api.as(admin).when().get("/v1/clients").then().body("data.id", not(hasItem(id)));
        Api.as(admin)
                .queryParam("status", "REMOVED")
                .when()
                .get("/v1/clients")
                .then()
                .body("data.id", is(List.of(id)));
        Api.as(admin).when().get("/v1/clients/" + id).then().statusCode(200).body("status", is("REMOVED"));
        Api.as(admin)
                .body(new UpdateClientRequestDto().phone("+14155550123"))
                .when()
                .patch("/v1/clients/" + id)
                .then()
                .statusCode(422)
                .body("code", is("client_removed"));
        Api.as(admin)
                .when()
                .post("/v1/clients/" + id + "/unarchive")
                .then()
                .statusCode(422)
                .body("code", is("client_removed"));
        Api.as(admin).when().put("/v1/clients/" + id + "/pin").then().statusCode(422);
        Api.as(admin)
                .body(new DiagnosesRequestDto().codes(List.of("F41.1")))
                .when()
                .put("/v1/clients/" + id + "/diagnoses")
                .then()
                .statusCode(422);
    }

    @Test
    void normalisesAndValidatesDiagnoses() {
        String id = Clients.add(admin, TestData.uniqueEmail("dx"), clinicianId, null);
        Api.as(admin)
                .body(new DiagnosesRequestDto().codes(List.of("f411", "F32.1", "Z63.0")))
                .when()
                .put("/v1/clients/" + id + "/diagnoses")
                .then()
                .statusCode(200)
                .body("diagnoses", is(List.of("F41.1", "F32.1", "Z63.0")));
        Api.as(admin)
                .body(new DiagnosesRequestDto().codes(List.of("F41.1", "U07.1")))
                .when()
                .put("/v1/clients/" + id + "/diagnoses")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("codes[1]"))
                .body("errors[0].code", is("invalid_icd10"));
        Api.as(admin)
                .body(new DiagnosesRequestDto().codes(List.of("F41.1", "f411")))
                .when()
                .put("/v1/clients/" + id + "/diagnoses")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("duplicate"));
        Api.as(admin)
                .body(new DiagnosesRequestDto().codes(List.of("not a code")))
                .when()
                .put("/v1/clients/" + id + "/diagnoses")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("codes[0]"));
        Api.as(admin)
                .body(Api.rawJson("{\"codes\": []}"))
                .when()
                .put("/v1/clients/" + id + "/diagnoses")
                .then()
                .statusCode(200)
                .body("diagnoses", empty());
    }

    @Test
    void validatesClientDetails() {
        String email = TestData.uniqueEmail("dupe");
        Clients.add(admin, email, null, null);
        Api.as(admin)
                .body(new CreateClientRequestDto().firstName("A").lastName("B").email(email.toUpperCase()))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(409)
                .body("code", is("client_exists"));
        Api.as(admin)
                .body(new CreateClientRequestDto()
                        .firstName("A")
                        .lastName("B")
                        .email("a@b.test")
                        .dateOfBirth(LocalDate.parse("2999-01-01")))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("dateOfBirth"));
        Api.as(admin)
                .body(
                        Api.rawJson(
                                "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.test\", \"paymentType\": \"CASH\"}"))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("paymentType"));
        Api.as(admin)
                .body(new CreateClientRequestDto()
                        .firstName("A")
                        .lastName("B")
                        .email("a@b.test")
                        .phone("555"))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("phone"));
        String staffId = Api.as(practice.staffToken()).when().get("/v1/whoami").path("teamMemberId");
        Api.as(admin)
                .body(new CreateClientRequestDto()
                        .firstName("A")
                        .lastName("B")
                        .email(TestData.uniqueEmail("s"))
                        .clinicianId(UUID.fromString(staffId)))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(422)
                .body("code", is("not_an_active_provider"));
    }

    @Test
    void locksTheEmailOnceTheClientSignedIn() {
        Api.as(practice.clientToken()).when().get("/v1/me").then().statusCode(200);
        Api.as(admin)
                .body(new UpdateClientRequestDto().email("changed@t.test"))
                .when()
                .patch("/v1/clients/" + practice.clientId())
                .then()
                .statusCode(422)
                .body("code", is("email_locked"));
        Api.as(admin)
                .body(new UpdateClientRequestDto()
                        .address(new AddressDto()
                                .line1("1 Main St")
                                .city("Austin")
                                .state("TX")
                                .postalCode("78701")))
                .when()
                .patch("/v1/clients/" + practice.clientId())
                .then()
                .statusCode(200)
                .body("address.city", is("Austin"))
                .body("signedIn", is(true))
                .body("status", is("ACTIVE"));
    }

    @Test
    void guardsEveryClientEndpoint() {
        String id = Clients.add(admin, TestData.uniqueEmail("guard"), clinicianId, null);
        TestPractice other = data.practice("Other Clients");
        for (String path : new String[] {
            "/v1/clients/" + id,
            "/v1/clients/" + id + "/connections",
            "/v1/clients/" + id + "/insurance",
            "/v1/clients/" + id + "/payment-methods"
        }) {
            Api.as(other.adminToken()).when().get(path).then().statusCode(404);
            Api.anonymous().when().get(path).then().statusCode(401);
            Api.as(practice.clientToken()).when().get(path).then().statusCode(403);
        }
        Api.as(other.adminToken()).when().delete("/v1/clients/" + id).then().statusCode(404);
        Api.as(other.adminToken())
                .when()
                .post("/v1/clients/" + id + "/archive")
                .then()
                .statusCode(404);
        Api.as(other.adminToken())
                .when()
                .put("/v1/clients/" + id + "/pin")
                .then()
                .statusCode(404);
        String reader = ApiKeys.create(admin, "clients:read");
        Api.as(reader).when().get("/v1/clients/" + id).then().statusCode(200);
        Api.as(reader).when().delete("/v1/clients/" + id).then().statusCode(403);
        Api.as(reader)
                .body(new CreateClientRequestDto().firstName("A").lastName("B").email("a@b.test"))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(403);
    }

    @Test
    void auditsEveryReadAndChange() {
        String id = Clients.add(admin, TestData.uniqueEmail("audited"), clinicianId, null);
        Api.as(practice.clinicianToken()).when().get("/v1/clients/" + id).then().statusCode(200);
        Api.as(practice.staffToken()).when().get("/v1/clients").then().statusCode(200);
        Api.as(admin)
                .queryParam("resourceType", "CLIENT")
                .queryParam("resourceId", id)
                .queryParam("limit", 100)
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.action", hasItem("CREATE"))
                .body("data.findAll { it.action == 'READ' }.actorRoles.flatten()", hasItem("CLINICIAN"))
                .body("data.findAll { it.action == 'READ' }.actorRoles.flatten()", hasItem("STAFF_MEMBER"))
                .body("data.resourceId", everyItem(is(id)));
    }
}
