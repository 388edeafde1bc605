package com.thrizer.claims.clientclaims;

/** A superbill uploaded with a claim: its type (from its content) and bytes. */
public record ClaimDocument(String contentType, byte[] content) {
    /** What the API shows of it. */
    public record Info(String contentType, int sizeBytes) {}

    @Override
    public String toString() {
        return "ClaimDocument[" + contentType + ", " + content.length + " bytes]";
    }
}
