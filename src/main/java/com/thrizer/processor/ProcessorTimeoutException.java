package com.thrizer.processor;

/**
 * The processor's answer was lost (a timeout): the card may or may not have been charged. Ask again with the same
 * idempotency key to learn the outcome; never charge under a new key.
 */
public class ProcessorTimeoutException extends RuntimeException {
    public ProcessorTimeoutException() {
        super("the payment processor did not answer in time");
    }
}
