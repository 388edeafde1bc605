package com.thrizer.shared.web;

import org.mapstruct.Builder;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The one MapStruct configuration every {@code *ApiMapper} uses ({@code @Mapper(config = MappingDefaults.class)}): a
 * CDI bean, and a build error for any DTO field left unmapped, so a contract change that adds a field cannot be
 * forgotten silently. The generated DTOs are filled through their setters (no builders); instants become UTC
 * date-times ({@link TimeMapping}). MapStruct takes the generated {@code removeXItem(..)} methods for fluent setters
 * of a property {@code removeXItem}: each mapping to a DTO with a list ignores them by name.
 */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        builder = @Builder(disableBuilder = true),
        uses = TimeMapping.class)
public interface MappingDefaults {}
