package com.thrizer.shared.web;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The one MapStruct configuration every {@code *ApiMapper} uses ({@code @Mapper(config = MappingDefaults.class)}): a
 * CDI bean, and a build error for any DTO field left unmapped, so a contract change that adds a field cannot be
 * forgotten silently.
 */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MappingDefaults {}
