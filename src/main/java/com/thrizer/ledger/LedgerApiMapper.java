package com.thrizer.ledger;

import com.thrizer.api.generated.model.BalanceDto;
import com.thrizer.api.generated.model.BalanceTransactionDto;
import com.thrizer.api.generated.model.BalanceTransactionListDto;
import com.thrizer.api.generated.model.LedgerCheckDifferencesInnerDto;
import com.thrizer.api.generated.model.LedgerCheckDto;
import com.thrizer.api.generated.model.LedgerCheckReconciliationsInnerDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.MappingDefaults;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

@Mapper(config = MappingDefaults.class)
public abstract class LedgerApiMapper {

    @Mapping(target = "balanced", expression = "java(r.balanced())")
    @Mapping(target = "removeDifferencesItem", ignore = true)
    @Mapping(target = "removeReconciliationsItem", ignore = true)
    public abstract LedgerCheckDto toDto(LedgerCheckResult r);

    @Mapping(target = "storedAmount", source = "storedCents")
    @Mapping(target = "computedAmount", source = "computedCents")
    abstract LedgerCheckDifferencesInnerDto toDto(LedgerCheckResult.Difference d);

    @Mapping(target = "ledgerAmount", source = "ledgerCents")
    @Mapping(target = "expectedAmount", source = "expectedCents")
    abstract LedgerCheckReconciliationsInnerDto toDto(LedgerCheckResult.Reconciliation x);

    @Mapping(target = "availableAmount", source = "available.cents")
    @Mapping(target = "pendingAmount", source = "pending.cents")
    @Mapping(target = "currency", constant = "USD")
    abstract BalanceDto toDto(LedgerService.Balance b);

    @Mapping(target = "removeDataItem", ignore = true)
    abstract BalanceTransactionListDto toDto(Page<BalanceTransaction> page);

    @Mapping(target = "amount", source = "amount.cents")
    @Mapping(target = "currency", constant = "USD")
    abstract BalanceTransactionDto toDto(BalanceTransaction t);

    /** A practice's balance never shows a client's reimbursement or claim fee entries. */
    @ValueMapping(source = MappingConstants.ANY_REMAINING, target = MappingConstants.THROW_EXCEPTION)
    abstract BalanceTransactionDto.TypeEnum toType(Posting.Kind kind);
}
