package com.thrizer.team;

import static org.hamcrest.Matchers.is;

import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.UpdateServiceRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServicesResourceTest {
    private static final CreateServiceRequestDto SERVICE = service("Individual therapy", "90837", 53, 20000L);

    private static CreateServiceRequestDto service(String name, String cpt, Integer minutes, Long rate) {
        return new CreateServiceRequestDto()
                .name(name)
                .cptCode(cpt)
                .durationMinutes(minutes)
                .rateAmount(rate);
    }

    @Inject
    TestData data;

    TestPractice practice;
    String admin;
    String clinicianId;

    @BeforeEach
    void setUp() {
        practice = data.practice("Services Practice");
        admin = practice.adminToken();
        clinicianId = practice.clinicianMemberId().toString();
    }

    @Test
    void createsListsAndUpdatesAClinicianService() {
        String id = Api.as(admin)
                .body(SERVICE)
                .when()
                .post("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(201)
                .body("teamMemberId", is(clinicianId))
                .body("cptCode", is("90837"))
                .body("rateAmount", is(20000))
                .body("currency", is("USD"))
                .body("active", is(true))
                .extract()
                .path("id");
        Api.as(admin)
                .body(new UpdateServiceRequestDto().rateAmount(22500L).active(false))
                .when()
                .patch("/v1/services/" + id)
                .then()
                .statusCode(200)
                .body("rateAmount", is(22500))
                .body("active", is(false))
                .body("name", is("Individual therapy"));
        Api.as(practice.clinicianToken())
                .queryParam("active", false)
                .when()
                .get("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].id", is(id));
        Api.as(practice.staffToken())
                .queryParam("active", true)
                .when()
                .get("/v1/team-members/" + clinicianId + "/services")
                .then()
                .body("data.size()", is(0));
    }

    @Test
    void checksTheCptCodeAndTheRate() {
        expect400(service("X", "99213", 30, 100L), "cptCode", "unknown_cpt_code");
        expect400(service("X", "90840", 30, 100L), "cptCode", "add_on_code_not_allowed");
        expect400(service("X", "90837", 30, 0L), "rateAmount", "out_of_range");
        expect400(
                Api.rawJson(
                        "{\"name\": \"X\", \"cptCode\": \"90837\", \"durationMinutes\": 30, \"rateAmount\": 150.5}"),
                "rateAmount",
                "invalid_type");
        expect400(service("X", "90837", 1, 100L), "durationMinutes", "out_of_range");
        expect400(service("X", "90837", 30, null), "rateAmount", "required");
    }

    private void expect400(Object body, String param, String code) {
        Api.as(admin)
                .body(body)
                .when()
                .post("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(400)
                .body("errors.find { it.param == '" + param + "' }.code", is(code));
    }

    @Test
    void refusesServicesForStaffMembers() {
        String staffId = Api.as(practice.staffToken()).when().get("/v1/whoami").path("teamMemberId");
        Api.as(admin)
                .body(SERVICE)
                .when()
                .post("/v1/team-members/" + staffId + "/services")
                .then()
                .statusCode(422)
                .body("code", is("not_a_provider"));
    }

    @Test
    void letsOnlyAdminsChangeServicesAndHidesOtherPractices() {
        Api.as(practice.clinicianToken())
                .body(SERVICE)
                .when()
                .post("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(403);
        Api.anonymous()
                .body(SERVICE)
                .when()
                .post("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(401);
        TestPractice other = data.practice("Other Services");
        String otherService = Api.as(other.adminToken())
                .body(SERVICE)
                .when()
                .post("/v1/team-members/" + other.clinicianMemberId() + "/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(admin)
                .body(new UpdateServiceRequestDto().active(false))
                .when()
                .patch("/v1/services/" + otherService)
                .then()
                .statusCode(404);
        Api.as(admin)
                .when()
                .get("/v1/team-members/" + other.clinicianMemberId() + "/services")
                .then()
                .statusCode(404);
        Api.as(admin)
                .body(SERVICE)
                .when()
                .post("/v1/team-members/" + other.clinicianMemberId() + "/services")
                .then()
                .statusCode(404);
    }
}
