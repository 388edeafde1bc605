package com.thrizer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.CreateClinicianInvitationRequestDto;
import com.thrizer.api.generated.model.CreateConnectionRequestDto;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.api.generated.model.CreatePracticeRequestAdminDto;
import com.thrizer.api.generated.model.CreatePracticeRequestDto;
import com.thrizer.api.generated.model.CreateTeamMemberRequestDto;
import com.thrizer.api.generated.model.CreateWebhookEndpointRequestDto;
import com.thrizer.api.generated.model.InsuranceInputDto;
import com.thrizer.api.generated.model.TeamRoleDto;
import com.thrizer.api.generated.model.UpdateTeamMemberRequestDto;
import com.thrizer.api.generated.model.UpdateWidgetRequestDto;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Clients;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every uniqueness and "at most N" rule under real concurrent HTTP requests (released together by a barrier): exactly
 * the allowed number win, and every loser gets the problem a sequential duplicate gets (same status, code and
 * detail), never a 500 or another status.
 */
@QuarkusTest
class ConcurrencyRulesTest {
    @Inject
    TestData data;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    TestPractice practice;
    String admin;

    @BeforeEach
    void setUp() {
        practice = data.practice("Concurrency Practice");
        admin = practice.adminToken();
    }

    /** What a caller saw. */
    record Answer(int status, String code, String detail) {
        static Answer of(Response r) {
            String type = r.contentType();
            boolean problem = type != null && type.startsWith("application/problem+json");
            return new Answer(r.statusCode(), problem ? r.path("code") : null, problem ? r.path("detail") : null);
        }
    }

    /** Runs {@code n} requests at once (released together) and returns what each caller got. */
    static List<Answer> concurrently(int n, IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CyclicBarrier start = new CyclicBarrier(n);
        try {
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> {
                    start.await();
                    return Answer.of(request.apply(index));
                });
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<Integer, Long> byStatus(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
    }

    /** Exactly {@code winners} answered {@code winStatus}; every other one is exactly the sequential duplicate's answer. */
    static void assertWinnersAndLosers(List<Answer> answers, int winStatus, int winners, Answer sequential) {
        assertEquals(
                winners, answers.stream().filter(a -> a.status() == winStatus).count(), answers.toString());
        for (Answer a : answers) {
            if (a.status() != winStatus) {
                assertEquals(sequential, a, answers.toString());
            }
        }
    }

    private static CreateClientRequestDto clientBody(String email) {
        return new CreateClientRequestDto()
                .firstName("Cleo")
                .lastName("Client")
                .email(email)
                .dateOfBirth(LocalDate.parse("1990-04-12"));
    }

    @Test
    void tenConcurrentClientsWithOneEmailMakeOneClientAndNine409s() throws Exception {
        String email = TestData.uniqueEmail("race");
        List<Answer> answers = concurrently(
                10,
                i -> Api.as(admin)
                        .body(clientBody(i % 2 == 0 ? email : email.toUpperCase()))
                        .post("/v1/clients"));
        Answer sequential = Answer.of(Api.as(admin).body(clientBody(email)).post("/v1/clients"));
        assertEquals(new Answer(409, "client_exists", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 1, sequential);
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM clients WHERE practice_id = ?1 AND lower(email) = ?2",
                        practice.id(),
                        email));
    }

    private static CreateTeamMemberRequestDto memberBody(String email) {
        return new CreateTeamMemberRequestDto()
                .firstName("Nia")
                .lastName("New")
                .email(email)
                .role(TeamRoleDto.STAFF_MEMBER);
    }

    @Test
    void eightConcurrentTeamMembersWithOneEmailMakeOneMember() throws Exception {
        String email = TestData.uniqueEmail("member");
        List<Answer> answers =
                concurrently(8, i -> Api.as(admin).body(memberBody(email)).post("/v1/team-members"));
        Answer sequential = Answer.of(Api.as(admin).body(memberBody(email)).post("/v1/team-members"));
        assertEquals(new Answer(409, "team_member_exists", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 1, sequential);
        assertEquals(1, data.count("SELECT count(*) FROM team_members WHERE lower(email) = ?1", email));
    }

    @Test
    void oneWidgetSlugPatchedByTwoPracticesAtOnceGoesToOne() throws Exception {
        TestPractice other = data.practice("Concurrency Other");
        String[] tokens = {admin, other.adminToken()};
        for (String t : tokens) {
            Api.as(t).when().get("/v1/widget").then().statusCode(200); // provisioned
        }
        for (int round = 0; round < 5; round++) {
            String slug = "race-" + UUID.randomUUID().toString().substring(0, 8);
            UpdateWidgetRequestDto body = new UpdateWidgetRequestDto().slug(slug);
            List<Answer> answers =
                    concurrently(2, i -> Api.as(tokens[i]).body(body).patch("/v1/widget"));
            String third = data.practice("Concurrency Third").adminToken();
            Answer sequential = Answer.of(Api.as(third).body(body).patch("/v1/widget"));
            assertEquals(new Answer(409, "widget_slug_taken", sequential.detail()), sequential);
            assertWinnersAndLosers(answers, 200, 1, sequential);
            assertEquals(1, data.count("SELECT count(*) FROM widgets WHERE slug = ?1", slug));
        }
    }

    @Test
    void twentyConcurrentWebhookEndpointsFromZeroMakeSixteen() throws Exception {
        CreateWebhookEndpointRequestDto body = new CreateWebhookEndpointRequestDto()
                .url("http://localhost:9/thrizer")
                .enabledEvents(
                        new LinkedHashSet<>(List.of(CreateWebhookEndpointRequestDto.EnabledEventsEnum.CLIENT_CREATED)));
        List<Answer> answers = concurrently(20, i -> Api.as(admin).body(body).post("/v1/webhook-endpoints"));
        Answer sequential = Answer.of(Api.as(admin).body(body).post("/v1/webhook-endpoints"));
        assertEquals(new Answer(422, "webhook_endpoint_limit_reached", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 16, sequential);
        assertEquals(16, data.count("SELECT count(*) FROM webhook_endpoints WHERE practice_id = ?1", practice.id()));
        data.update("DELETE FROM webhook_endpoints WHERE practice_id = ?1", practice.id()); // nothing to deliver later
    }

    private static CreatePracticeRequestDto practiceBody(String referralCode) {
        return new CreatePracticeRequestDto()
                .name("Race Therapy")
                .referralCode(referralCode)
                .admin(new CreatePracticeRequestAdminDto().firstName("Ada").lastName("Founder"));
    }

    @Test
    void sixConcurrentPracticesByOneNewUserMakeOneAndFive409s() throws Exception {
        for (int round = 0; round < 10; round++) {
            String email = TestData.uniqueEmail("founder");
            String token = Tokens.of(email); // never used before: the first sign-in races too
            List<Answer> answers =
                    concurrently(6, i -> Api.as(token).body(practiceBody(null)).post("/v1/practices"));
            Answer sequential = Answer.of(Api.as(token).body(practiceBody(null)).post("/v1/practices"));
            assertEquals(new Answer(409, "already_in_practice", sequential.detail()), sequential);
            assertWinnersAndLosers(answers, 201, 1, sequential);
            assertEquals(1, data.count("SELECT count(*) FROM team_members WHERE lower(email) = ?1", email));
            assertEquals(1, data.count("SELECT count(*) FROM users WHERE lower(email) = ?1", email));
        }
    }

    @Test
    void aReferralCodeWithThreeUsesServesThreeOfSixConcurrentFounders() throws Exception {
        String code = "RACE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID codeId = data.referralCode(code, 3, null, true);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(Tokens.of(TestData.uniqueEmail("referred")));
        }
        List<Answer> answers = concurrently(
                6, i -> Api.as(tokens.get(i)).body(practiceBody(code)).post("/v1/practices"));
        Answer sequential = Answer.of(Api.as(Tokens.of(TestData.uniqueEmail("late")))
                .body(practiceBody(code))
                .post("/v1/practices"));
        assertEquals(new Answer(422, "invalid_referral_code", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 3, sequential);
        assertEquals(3, data.count("SELECT uses FROM referral_codes WHERE id = ?1", codeId));
        assertEquals(3, data.count("SELECT count(*) FROM practices WHERE referral_code_id = ?1", codeId));
    }

    @Test
    void sixConcurrentInvitationsOfOneClinicianMakeOne() throws Exception {
        String client = practice.clientToken();
        CreateClinicianInvitationRequestDto body = new CreateClinicianInvitationRequestDto()
                .firstName("Rita")
                .lastName("Doctor")
                .email(TestData.uniqueEmail("dr"));
        List<Answer> answers = concurrently(6, i -> Api.as(client).body(body).post("/v1/me/clinician-invitations"));
        Answer sequential = Answer.of(Api.as(client).body(body).post("/v1/me/clinician-invitations"));
        assertEquals(new Answer(409, "clinician_already_invited", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 1, sequential);
        assertEquals(
                1, data.count("SELECT count(*) FROM clinician_invitations WHERE client_id = ?1", practice.clientId()));
    }

    @Test
    void sixConcurrentConnectionsOfOnePairMakeOne() throws Exception {
        CreateConnectionRequestDto body = new CreateConnectionRequestDto().clinicianId(practice.clinicianMemberId());
        String path = "/v1/clients/" + practice.clientId() + "/connections";
        List<Answer> answers = concurrently(6, i -> Api.as(admin).body(body).post(path));
        Answer sequential = Answer.of(Api.as(admin).body(body).post(path));
        assertEquals(new Answer(409, "connection_exists", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 1, sequential);
        assertEquals(1, data.count("SELECT count(*) FROM connections WHERE client_id = ?1", practice.clientId()));
    }

    private static final BankAccountInputDto ACCOUNT = new BankAccountInputDto()
            .holderName("Calm Minds LLC")
            .routingNumber("021000021")
            .accountNumber("000123456789")
            .accountType(BankAccountInputDto.AccountTypeEnum.CHECKING);

    @Test
    void concurrentFirstPayoutAccountsLeaveOneAccount() throws Exception {
        List<Answer> answers = concurrently(6, i -> Api.as(admin).body(ACCOUNT).put("/v1/practice/payout-account"));
        assertEquals(Map.of(200, 6L), byStatus(answers), answers.toString());
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM bank_accounts WHERE practice_id = ?1 AND purpose = 'PAYOUT'",
                        practice.id()));
    }

    @Test
    void concurrentFirstReimbursementAccountsAndInsurancesLeaveOneOfEach() throws Exception {
        String client = practice.clientToken();
        List<Answer> accounts =
                concurrently(6, i -> Api.as(client).body(ACCOUNT).put("/v1/me/reimbursement-account"));
        assertEquals(Map.of(200, 6L), byStatus(accounts), accounts.toString());
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM bank_accounts WHERE client_id = ?1 AND purpose = 'REIMBURSEMENT'",
                        practice.clientId()));
        InsuranceInputDto insurance = new InsuranceInputDto()
                .insurer("UHC")
                .memberId("SBX-DEDMET-1234567890")
                .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
                .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SELF);
        List<Answer> policies =
                concurrently(6, i -> Api.as(client).body(insurance).put("/v1/me/insurance"));
        assertEquals(Map.of(200, 6L), byStatus(policies), policies.toString());
        assertEquals(
                1, data.count("SELECT count(*) FROM insurance_policies WHERE client_id = ?1", practice.clientId()));
    }

    @Test
    void concurrentFirstCardsMakeExactlyOneDefault() throws Exception {
        String client = practice.clientToken();
        List<Answer> answers = concurrently(
                6,
                i -> Api.as(client)
                        .body(new CreatePaymentMethodRequestDto().token("tok_visa"))
                        .post("/v1/me/payment-methods"));
        assertEquals(Map.of(201, 6L), byStatus(answers), answers.toString());
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM payment_methods WHERE client_id = ?1 AND is_default"
                                + " AND deleted_at IS NULL",
                        practice.clientId()));
    }

    @Test
    void concurrentManualVerificationsOfOneCheckOpenOne() throws Exception {
        PayingClient p = PayingClient.of(data, "Concurrency Verification");
        p.insuredWithCheck();
        String checkId = Api.as(p.admin)
                .when()
                .get("/v1/clients/" + p.clientId + "/payment-eligibility")
                .then()
                .extract()
                .path("benefitCheckId");
        String path = "/v1/benefit-checks/" + checkId + "/manual-verifications";
        List<Answer> answers = concurrently(6, i -> Api.as(p.admin).body("{}").post(path));
        Answer sequential = Answer.of(Api.as(p.admin).body("{}").post(path));
        assertEquals(new Answer(409, "manual_verification_open", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 1, sequential);
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM manual_verifications WHERE benefit_check_id = ?1",
                        UUID.fromString(checkId)));
    }

    @Test
    void sixConcurrentConversionsOfOneWidgetLeadMakeOneClient() throws Exception {
        UUID leadId = UUID.randomUUID();
        String email = TestData.uniqueEmail("lead");
        data.update(
                "INSERT INTO widget_leads (id, practice_id, first_name, last_name, email, estimate_status,"
                        + " consented_at, created_at) VALUES (?1, ?2, 'Jordan', 'Lead', ?3, 'COMPLETE', now(), now())",
                leadId,
                practice.id(),
                email);
        String path = "/v1/widget/leads/" + leadId + "/convert";
        List<Answer> answers = concurrently(6, i -> Api.as(admin).post(path));
        Answer sequential = Answer.of(Api.as(admin).post(path));
        assertEquals(new Answer(409, "lead_already_converted", sequential.detail()), sequential);
        assertWinnersAndLosers(answers, 201, 1, sequential);
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM clients WHERE practice_id = ?1 AND lower(email) = ?2",
                        practice.id(),
                        email));
    }

    @Test
    void sixConcurrentAcceptancesOfOneInvitationLinkTheClientOnce() throws Exception {
        String email = TestData.uniqueEmail("invited");
        String clientId = Clients.add(admin, email, practice.clinicianMemberId().toString(), null);
        String link = Clients.invitationToken(mailbox, email);
        String token = Tokens.of(email); // its first sign-in races too
        List<Response> answers = new ArrayList<>();
        List<Answer> statuses = concurrently(6, i -> {
            Response r = Api.as(token).post("/v1/invitations/" + link + "/accept");
            synchronized (answers) {
                answers.add(r);
            }
            return r;
        });
        assertEquals(Map.of(200, 6L), byStatus(statuses), statuses.toString());
        for (Response r : answers) {
            assertEquals(clientId, r.path("clientId"));
        }
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM clients c JOIN users u ON u.id = c.user_id WHERE lower(u.email) = ?1",
                        email));
    }

    @Test
    void twoAdminsDemotedAtOnceLeaveOneActiveAdmin() throws Exception {
        String key = ApiKeys.create(admin, "team:write");
        for (int round = 0; round < 5; round++) {
            String second = data.member(practice.id(), "PRACTICE_ADMIN", true);
            List<String> admins = activeAdmins();
            assertEquals(2, admins.size(), second);
            UpdateTeamMemberRequestDto body = round % 2 == 0
                    ? new UpdateTeamMemberRequestDto().role(TeamRoleDto.STAFF_MEMBER)
                    : new UpdateTeamMemberRequestDto().active(false);
            List<Answer> answers =
                    concurrently(2, i -> Api.as(key).body(body).patch("/v1/team-members/" + admins.get(i)));
            Answer sequential = Answer.of(Api.as(key).body(body).patch("/v1/team-members/" + admins.get(0)));
            if (sequential.status() == 200) { // the first one was the one demoted: try the remaining admin
                sequential = Answer.of(Api.as(key).body(body).patch("/v1/team-members/" + admins.get(1)));
            }
            assertEquals(new Answer(422, "last_practice_admin", sequential.detail()), sequential);
            assertWinnersAndLosers(answers, 200, 1, sequential);
            assertEquals(
                    1,
                    data.count(
                            "SELECT count(*) FROM team_members WHERE practice_id = ?1 AND role = 'PRACTICE_ADMIN'"
                                    + " AND active",
                            practice.id()));
        }
    }

    /** The practice's active admins' ids. */
    @SuppressWarnings("unchecked")
    private List<String> activeAdmins() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT CAST(id AS text) FROM team_members WHERE practice_id = ?1"
                                        + " AND role = 'PRACTICE_ADMIN' AND active ORDER BY id",
                                String.class)
                        .setParameter(1, practice.id())
                        .getResultList());
    }
}
