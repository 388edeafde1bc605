package com.thrizer.team;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CreateTeamMemberRequestDto;
import com.thrizer.api.generated.model.TeamRoleDto;
import com.thrizer.api.generated.model.UpdateTeamMemberRequestDto;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.notifications.MockMailbox.SentEmail;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
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
class TeamResourceTest {
    @Inject
    TestData data;

    @Inject
    MockMailbox mailbox;

    TestPractice practice;
    String admin;

    @BeforeEach
    void setUp() {
        practice = data.practice("Team Practice");
        admin = practice.adminToken();
    }

    private static CreateTeamMemberRequestDto member(String first, String last, String email, TeamRoleDto role) {
        return new CreateTeamMemberRequestDto()
                .firstName(first)
                .lastName(last)
                .email(email)
                .role(role);
    }

    private String invite(String token, String email, String role) {
        return Api.as(token)
                .body(member("Nia", "New", email, TeamRoleDto.fromValue(role))
                        .npi("1245319599")
                        .credentials("LMFT"))
                .when()
                .post("/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void invitesAMemberByEmailWithNoHealthData() {
        String email = TestData.uniqueEmail("nia");
        String id = invite(admin, email.toUpperCase(), "CLINICIAN");
        Api.as(admin)
                .when()
                .get("/v1/team-members/" + id)
                .then()
                .statusCode(200)
                .body("email", is(email))
                .body("role", is("CLINICIAN"))
                .body("npi", is("1245319599"))
                .body("credentials", is("LMFT"))
                .body("active", is(true))
                .body("signedIn", is(false));
        List<SentEmail> mails = mailbox.sentTo(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().contains("Team Practice"));
        assertTrue(mails.get(0).text().startsWith("Hi Nia,"));
        assertFalse(mails.get(0).text().contains("New"), "first name only");

        Api.as(Tokens.of(email))
                .when()
                .get("/v1/whoami")
                .then()
                .body("roles", is(List.of("CLINICIAN")))
                .body("teamMemberId", is(id));
    }

    @Test
    void listsWithFiltersForTheWholeTeam() {
        invite(admin, TestData.uniqueEmail("staffer"), "STAFF_MEMBER");
        Api.as(practice.clinicianToken())
                .queryParam("role", "STAFF_MEMBER")
                .when()
                .get("/v1/team-members")
                .then()
                .statusCode(200)
                .body("data.size()", is(2))
                .body("data.role", everyItem(is("STAFF_MEMBER")));
        Api.as(practice.staffToken())
                .queryParam("active", false)
                .when()
                .get("/v1/team-members")
                .then()
                .statusCode(200)
                .body("data.size()", is(0));
        Api.as(practice.clientToken()).when().get("/v1/team-members").then().statusCode(403);
        Api.anonymous().when().get("/v1/team-members").then().statusCode(401);
        Api.as(admin)
                .queryParam("role", "BOSS")
                .when()
                .get("/v1/team-members")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("role"));
    }

    @Test
    void letsOnlyAdminsAndTeamWriteKeysInvite() {
        CreateTeamMemberRequestDto body = member("A", "B", "x-" + UUID.randomUUID() + "@t.test", TeamRoleDto.CLINICIAN);
        Api.as(practice.clinicianToken())
                .body(body)
                .when()
                .post("/v1/team-members")
                .then()
                .statusCode(403);
        Api.as(practice.staffToken())
                .body(body)
                .when()
                .post("/v1/team-members")
                .then()
                .statusCode(403);
        String reader = ApiKeys.create(admin, "team:read");
        Api.as(reader).body(body).when().post("/v1/team-members").then().statusCode(403);
        String writer = ApiKeys.create(admin, "team:write");
        invite(writer, TestData.uniqueEmail("bykey"), "STAFF_MEMBER");
    }

    @Test
    void validatesInvitations() {
        String email = TestData.uniqueEmail("twice");
        invite(admin, email, "CLINICIAN");
        Api.as(admin)
                .body(member("A", "B", email, TeamRoleDto.CLINICIAN))
                .when()
                .post("/v1/team-members")
                .then()
                .statusCode(409)
                .body("code", is("team_member_exists"));
        Api.as(admin)
                .body(member("A", "B", "a@b.test", TeamRoleDto.CLINICIAN).npi("1245319590"))
                .when()
                .post("/v1/team-members")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_npi"));
        Api.as(admin)
                .body(member("A", "B", "not-an-email", TeamRoleDto.CLINICIAN))
                .when()
                .post("/v1/team-members")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("email"));
        Api.as(admin)
                .body(Api.rawJson(
                        "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.test\", \"role\": \"OWNER\"}"))
                .when()
                .post("/v1/team-members")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("role"))
                .body("errors[0].code", is("invalid_value"));
    }

    @Test
    void deactivatesInsteadOfDeletingAndKeepsOneAdmin() {
        String adminId = Api.as(admin).when().get("/v1/whoami").path("teamMemberId");
        Api.as(admin)
                .body(new UpdateTeamMemberRequestDto().active(false))
                .when()
                .patch("/v1/team-members/" + adminId)
                .then()
                .statusCode(422)
                .body("code", is("last_practice_admin"));
        Api.as(admin)
                .body(new UpdateTeamMemberRequestDto().role(TeamRoleDto.CLINICIAN))
                .when()
                .patch("/v1/team-members/" + adminId)
                .then()
                .statusCode(422)
                .body("code", is("last_practice_admin"));

        String clinicianToken = practice.clinicianToken();
        String clinicianId = Api.as(clinicianToken).when().get("/v1/whoami").path("teamMemberId");
        Api.as(admin)
                .body(new UpdateTeamMemberRequestDto().active(false).credentials("PsyD"))
                .when()
                .patch("/v1/team-members/" + clinicianId)
                .then()
                .statusCode(200)
                .body("active", is(false))
                .body("credentials", is("PsyD"));
        Api.as(clinicianToken).when().get("/v1/practice").then().statusCode(403);
        Api.as(admin).when().get("/v1/team-members/" + clinicianId).then().statusCode(200);
    }

    @Test
    void locksTheEmailOnceTheMemberSignedIn() {
        String clinicianId =
                Api.as(practice.clinicianToken()).when().get("/v1/whoami").path("teamMemberId");
        Api.as(admin)
                .body(new UpdateTeamMemberRequestDto().email("elsewhere@t.test"))
                .when()
                .patch("/v1/team-members/" + clinicianId)
                .then()
                .statusCode(422)
                .body("code", is("email_locked"));
        String invitedId = invite(admin, TestData.uniqueEmail("typo"), "STAFF_MEMBER");
        String fixed = TestData.uniqueEmail("fixed");
        Api.as(admin)
                .body(new UpdateTeamMemberRequestDto().email(fixed))
                .when()
                .patch("/v1/team-members/" + invitedId)
                .then()
                .statusCode(200)
                .body("email", is(fixed));
    }

    @Test
    void answers404ForOtherPracticesMembers() {
        TestPractice other = data.practice("Other Team");
        String otherId = Api.as(other.adminToken()).when().get("/v1/whoami").path("teamMemberId");
        Api.as(admin).when().get("/v1/team-members/" + otherId).then().statusCode(404);
        Api.as(admin)
                .body(new UpdateTeamMemberRequestDto().active(false))
                .when()
                .patch("/v1/team-members/" + otherId)
                .then()
                .statusCode(404);
        Api.as(admin).when().get("/v1/team-members").then().body("data.id", not(hasItem(otherId)));
    }
}
