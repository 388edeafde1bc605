package com.thrizer.catalog;

import com.thrizer.api.generated.model.CptCodeDto;
import com.thrizer.api.generated.model.CptCodeListDto;
import com.thrizer.api.generated.model.InsurerDto;
import com.thrizer.api.generated.model.InsurerMatchStatusDto;
import com.thrizer.api.generated.model.InsurerSearchResultDto;
import com.thrizer.shared.web.MappingDefaults;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class CatalogApiMapper {

    /** By hand: the catalogue is answered whole, as one page. */
    InsurerSearchResultDto toDto(InsurerMatch.Status status, List<KnownInsurer> insurers) {
        return new InsurerSearchResultDto()
                .matchStatus(toDto(status))
                .data(insurers(insurers))
                .hasMore(false)
                .nextCursor(null);
    }

    abstract InsurerMatchStatusDto toDto(InsurerMatch.Status status);

    @Mapping(target = "removeAliasesItem", ignore = true)
    abstract InsurerDto toDto(KnownInsurer i);

    abstract List<InsurerDto> insurers(List<KnownInsurer> insurers);

    /** By hand: the catalogue is answered whole, as one page. */
    CptCodeListDto toDto(List<KnownCptCode> codes) {
        return new CptCodeListDto().data(cptCodes(codes)).hasMore(false).nextCursor(null);
    }

    abstract CptCodeDto toDto(KnownCptCode c);

    abstract CptCodeDto.SupportLevelEnum toDto(CptCode.SupportLevel level);

    abstract List<CptCodeDto> cptCodes(List<KnownCptCode> codes);
}
