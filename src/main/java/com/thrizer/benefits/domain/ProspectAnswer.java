package com.thrizer.benefits.domain;

/**
 * A prospect's inquiry (the widget) with the payer's answer, asked outside any transaction by {@link
 * BenefitCheckService#askProspect}, to be stored by {@link BenefitCheckService#recordProspect}. Personal data:
 * {@link #toString()} shows none of it.
 */
public final class ProspectAnswer {
    final ProspectInquiry prospect;
    final BenefitCheckService.Inquiry inquiry;
    final PayerInquiries.Answer answer;

    ProspectAnswer(ProspectInquiry prospect, BenefitCheckService.Inquiry inquiry, PayerInquiries.Answer answer) {
        this.prospect = prospect;
        this.inquiry = inquiry;
        this.answer = answer;
    }

    @Override
    public String toString() {
        return "ProspectAnswer[" + prospect.practiceId() + "]";
    }
}
