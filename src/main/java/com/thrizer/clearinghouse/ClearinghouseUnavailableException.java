package com.thrizer.clearinghouse;

/** The clearinghouse could not be reached or did not answer; nothing was recorded there. Try again later. */
public class ClearinghouseUnavailableException extends RuntimeException {
    public ClearinghouseUnavailableException(String message) {
        super(message);
    }
}
