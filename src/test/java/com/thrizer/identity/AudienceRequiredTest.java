package com.thrizer.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AudienceRequiredTest {

    @Test
    void aMissingOrBlankAudienceStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> AudienceRequired.require(Optional.empty()));
        assertThrows(IllegalStateException.class, () -> AudienceRequired.require(Optional.of(List.of())));
        assertThrows(IllegalStateException.class, () -> AudienceRequired.require(Optional.of(List.of(" "))));
    }

    @Test
    void aNamedAudienceStarts() {
        assertDoesNotThrow(() -> AudienceRequired.require(Optional.of(List.of("thrizer-api"))));
    }
}
