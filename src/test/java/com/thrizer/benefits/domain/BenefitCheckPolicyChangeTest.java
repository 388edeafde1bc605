package com.thrizer.benefits.domain;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.testing.Benefits;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review finding 4: a check is recorded against the policy the payer was asked about. If the client replaced their
 * insurance while the payer was asked, the payer is asked once more about the new policy; if it changed again, 409
 * {@code insurance_changed} and nothing is stored.
 */
@QuarkusTest
class BenefitCheckPolicyChangeTest {
    @Inject
    TestData data;

    @Inject
    PayerInquiries inquiries;

    PayingClient p;
    ChangingInsurance payer;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Policy Change");
        Benefits.diagnose(p.admin, p.clientId);
        Benefits.insure(p.client, "UHC", member());
        payer = new ChangingInsurance(ClientProxy.unwrap(inquiries));
        QuarkusMock.installMockForType(payer, PayerInquiries.class);
    }

    private static String member() {
        return "SBX-DEDMET-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private long checks() {
        return data.count("SELECT count(*) FROM benefit_checks WHERE client_id = ?1", UUID.fromString(p.clientId));
    }

    @Test
    void aPolicyReplacedWhileThePayerIsAskedIsAskedAboutAgain() {
        String replaced = member();
        payer.changesLeft.set(1);
        payer.nextMember = replaced;
        Benefits.check(p.admin, p.clientId, "90837", 20000).then().statusCode(201);

        assertEquals(2, payer.asked.size());
        assertEquals(replaced, payer.asked.get(1));
        assertEquals(1, checks());
        // the check is for the policy on file now: it is not stale for an insurance change
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM benefit_checks b JOIN insurance_policies i ON i.client_id = b.client_id"
                                + " WHERE b.client_id = ?1 AND b.insurance_policy_id = i.id"
                                + " AND b.insurance_updated_at = i.updated_at",
                        UUID.fromString(p.clientId)));
    }

    @Test
    void aPolicyReplacedTwiceWhileThePayerIsAskedIsAConflict() {
        payer.changesLeft.set(2);
        Benefits.check(p.admin, p.clientId, "90837", 20000)
                .then()
                .statusCode(409)
                .body("code", is("insurance_changed"));
        assertEquals(2, payer.asked.size());
        assertEquals(0, checks());
    }

    /** The real payer inquiries; while changes are left, each inquiry is followed by a change of insurance. */
    class ChangingInsurance extends PayerInquiries {
        private final PayerInquiries real;
        final AtomicInteger changesLeft = new AtomicInteger();
        final List<String> asked = new CopyOnWriteArrayList<>();
        volatile String nextMember;

        ChangingInsurance(PayerInquiries real) {
            super(null, null);
            this.real = real;
        }

        @Override
        Answer ask(BenefitCheckService.Inquiry q, String cptCode) {
            asked.add(q.memberId());
            Answer answer = real.ask(q, cptCode);
            if (changesLeft.getAndDecrement() > 0) {
                Benefits.insure(p.client, "UHC", nextMember == null ? member() : nextMember);
                nextMember = null;
            }
            return answer;
        }
    }
}
