package com.thrizer.billing;

import com.thrizer.shared.money.Money;

/** One session's estimate: what goes to the deductible, coinsurance, the client's share, reimbursement, cost. */
public record SessionEstimate(
        Money sessionFee,
        Money base,
        Money deductible,
        Money coinsurance,
        Money clientShare,
        Money reimbursement,
        Money clientCost) {}
