package com.thrizer.banking;

import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.money.Money;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Sandbox bank transfers (test mode): every transfer is accepted, and its reference is derived from the idempotency
 * key, so sending twice with one key answers the same transfer.
 */
@ApplicationScoped
@DefaultBean
public class SandboxBankTransfers implements BankTransfers {
    @Override
    public String send(UUID bankAccountId, Money amount, String idempotencyKey) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a transfer needs a positive amount");
        }
        return "sbx_tr_" + Hashes.sha256Hex(idempotencyKey).substring(0, 24);
    }
}
