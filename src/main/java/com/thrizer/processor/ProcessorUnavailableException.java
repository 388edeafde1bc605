package com.thrizer.processor;

import com.thrizer.shared.error.UpstreamUnavailableException;

/** The processor could not be reached or refused to process: nothing was charged; retry later. */
public class ProcessorUnavailableException extends UpstreamUnavailableException {
    public ProcessorUnavailableException() {
        super(
                "payment_processor_unavailable",
                "The payment processor is unavailable; nothing was charged. Retry with the same Idempotency-Key.");
    }
}
