package com.thrizer.catalog;

import com.thrizer.api.generated.model.CptCodeDto;
import com.thrizer.api.generated.model.CptCodeListDto;
import com.thrizer.api.generated.model.InsurerDto;
import com.thrizer.api.generated.model.InsurerMatchStatusDto;
import com.thrizer.api.generated.model.InsurerSearchResultDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CatalogApiMapper {

    InsurerSearchResultDto toDto(InsurerMatch.Status status, List<Insurer> insurers) {
        return new InsurerSearchResultDto()
                .matchStatus(status == null ? null : InsurerMatchStatusDto.valueOf(status.name()))
                .data(insurers.stream().map(CatalogApiMapper::toDto).toList())
                .hasMore(false)
                .nextCursor(null);
    }

    static InsurerDto toDto(Insurer i) {
        return new InsurerDto()
                .id(i.id)
                .name(i.name)
                .aliases(i.aliasList())
                .thrizerPayCapable(i.thrizerPayCapable)
                .needsReview(i.needsReview);
    }

    CptCodeListDto toDto(List<CptCode> codes) {
        return new CptCodeListDto()
                .data(codes.stream()
                        .map(c -> new CptCodeDto()
                                .code(c.code)
                                .description(c.description)
                                .addOn(c.addOn)
                                .supportLevel(CptCodeDto.SupportLevelEnum.valueOf(c.supportLevel.name()))
                                .typicalDurationMinutes(c.typicalDurationMinutes))
                        .toList())
                .hasMore(false)
                .nextCursor(null);
    }
}
