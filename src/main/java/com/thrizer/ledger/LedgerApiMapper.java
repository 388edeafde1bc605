package com.thrizer.ledger;

import com.thrizer.api.generated.model.BalanceDto;
import com.thrizer.api.generated.model.BalanceTransactionDto;
import com.thrizer.api.generated.model.BalanceTransactionListDto;
import com.thrizer.api.generated.model.LedgerCheckDifferencesInnerDto;
import com.thrizer.api.generated.model.LedgerCheckDto;
import com.thrizer.api.generated.model.LedgerCheckReconciliationsInnerDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LedgerApiMapper {

    public LedgerCheckDto toDto(LedgerCheckResult r) {
        return new LedgerCheckDto()
                .balanced(r.balanced())
                .postings(r.postings())
                .unbalancedPostings(r.unbalancedPostings())
                .accounts(r.accounts())
                .differences(r.differences().stream()
                        .map(d -> new LedgerCheckDifferencesInnerDto()
                                .accountId(d.accountId())
                                .code(d.code())
                                .storedAmount(d.storedCents())
                                .computedAmount(d.computedCents()))
                        .toList())
                .reconciliations(r.reconciliations().stream()
                        .map(x -> new LedgerCheckReconciliationsInnerDto()
                                .name(x.name())
                                .ledgerAmount(x.ledgerCents())
                                .expectedAmount(x.expectedCents()))
                        .toList())
                .checkedAt(ApiValues.utc(r.checkedAt()));
    }

    BalanceDto toDto(LedgerService.Balance b) {
        return new BalanceDto()
                .availableAmount(b.available().cents())
                .pendingAmount(b.pending().cents())
                .currency(BalanceDto.CurrencyEnum.USD);
    }

    BalanceTransactionListDto toDto(Page<BalanceTransaction> page) {
        return new BalanceTransactionListDto()
                .data(page.data().stream()
                        .map(t -> new BalanceTransactionDto()
                                .id(t.id())
                                .type(BalanceTransactionDto.TypeEnum.valueOf(
                                        t.type().name()))
                                .amount(t.amount().cents())
                                .currency(BalanceTransactionDto.CurrencyEnum.USD)
                                .chargeId(t.chargeId())
                                .refundId(t.refundId())
                                .clientId(t.clientId())
                                .clinicianId(t.clinicianId())
                                .availableOn(t.availableOn())
                                .description(t.description())
                                .createdAt(ApiValues.utc(t.createdAt())))
                        .toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }
}
