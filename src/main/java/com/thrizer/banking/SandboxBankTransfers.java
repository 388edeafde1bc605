package com.thrizer.banking;

import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.outbound.ProviderCall;
import com.thrizer.shared.persistence.SqlValues;
import com.thrizer.shared.time.Clocks;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox bank (test mode). A transfer's reference is derived from its idempotency key (sending twice with one
 * key is one transfer), and its outcome from the receiving account number's last four digits:
 *
 * <ul>
 *   <li>{@code 0002}: refused, {@code account_closed}
 *   <li>{@code 0004}: refused, {@code invalid_account_number}
 *   <li>{@code 0003}: stays in transit three days
 *   <li>anything else: arrives {@code thrizer.banking.sandbox.transit-time} after it was sent
 * </ul>
 */
@ApplicationScoped
@DefaultBean
@Transactional
public class SandboxBankTransfers implements BankTransfers {
    static final Duration SLOW = Duration.ofDays(3);

    private final EntityManager em;
    private final Clock clock;
    private final Duration transit;

    SandboxBankTransfers(
            EntityManager em,
            Clock clock,
            @ConfigProperty(name = "thrizer.banking.sandbox.transit-time", defaultValue = "PT2M") Duration transit) {
        this.em = em;
        this.clock = clock;
        this.transit = transit;
    }

    @Override
    @ProviderCall
    public String send(UUID bankAccountId, Money amount, String idempotencyKey) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a transfer needs a positive amount");
        }
        String ref = "sbx_tr_" + Hashes.sha256Hex(idempotencyKey).substring(0, 24);
        em.createNativeQuery("INSERT INTO sandbox_bank_transfers (ref, bank_account_id, account_last4, amount_cents,"
                        + " created_at) SELECT ?1, id, account_number_last4, ?3, ?4 FROM bank_accounts WHERE id = ?2"
                        + " ON CONFLICT (ref) DO NOTHING")
                .setParameter(1, ref)
                .setParameter(2, bankAccountId)
                .setParameter(3, amount.cents())
                .setParameter(4, Timestamp.from(Clocks.now(clock)))
                .executeUpdate();
        return ref;
    }

    @Override
    @ProviderCall
    public TransferStatus status(String transferRef) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT account_last4, created_at FROM sandbox_bank_transfers WHERE ref = ?1")
                .setParameter(1, transferRef)
                .getResultList();
        if (rows.isEmpty()) {
            throw new BankTransferUnavailableException("unknown transfer");
        }
        String last4 = (String) rows.get(0)[0];
        Instant sent = SqlValues.instant(rows.get(0)[1]);
        switch (last4) {
            case "0002":
                return new TransferStatus(TransferStatus.State.FAILED, "account_closed");
            case "0004":
                return new TransferStatus(TransferStatus.State.FAILED, "invalid_account_number");
            default:
                Duration takes = "0003".equals(last4) ? SLOW : transit;
                boolean arrived = !sent.plus(takes).isAfter(Clocks.now(clock));
                return new TransferStatus(arrived ? TransferStatus.State.PAID : TransferStatus.State.IN_TRANSIT, null);
        }
    }
}
