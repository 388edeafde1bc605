package com.thrizer.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Pure rule: no Quarkus boot. */
class DataEncryptorTest {

    @Test
    void encryptionRoundTripsWithFreshNoncesAndDetectsTampering() {
        DataEncryptor enc = new DataEncryptor(() -> "/8dx3sw78bV8lEBathUzulhE5lWmKhnS07stYSEWfuM=");
        String a = enc.encrypt("routing 011000015 account 000123456789");
        String b = enc.encrypt("routing 011000015 account 000123456789");
        assertNotEquals(a, b);
        assertFalse(a.contains("000123456789"));
        assertEquals("routing 011000015 account 000123456789", enc.decrypt(a));
        char[] chars = a.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> enc.decrypt(new String(chars)));
    }

    @Test
    void shortKeysAreRefused() {
        assertThrows(IllegalStateException.class, () -> new DataEncryptor(() -> "c2hvcnQ="));
    }
}
