package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.domain.Field;
import kr.seoul.chatdong.commons.domain.RoundFinding;
import kr.seoul.chatdong.commons.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.repository.TrainingNeedRepository;

@Path("/api/v1/training-needs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Training needs", description = "교육 수요: needs found by monitoring rounds, matched to the courses that address them")
public class TrainingNeedResource {

    @Inject
    TrainingNeedRepository needs;

    @Inject
    SeoulGeography geography;

    @Schema(name = "TrainingNeed")
    public record TrainingNeedView(UUID id, UUID roundId,
            @Schema(examples = "1120059000") String dongCode,
            @Schema(examples = "11200") String districtCode,
            @Schema(examples = "WELFARE") Field field,
            @Schema(description = "the score below the round's bar", examples = "45") int score,
            @Schema(examples = "OPEN") TrainingNeed.Status status,
            @Schema(description = "courses that address the field, when the need was found") List<UUID> courseIds,
            @Schema(description = "id of the round.completed event that revealed it") String sourceEventId,
            Instant createdAt, long version) {

        static TrainingNeedView of(TrainingNeed n) {
            RoundFinding f = n.finding();
            return new TrainingNeedView(n.id(), f.roundId(), f.dongCode(), f.districtCode(), f.field(), f.score(), n.status(),
                    n.courseIds().stream().sorted().toList(), f.sourceEventId(), n.createdAt(), n.version());
        }
    }

    @GET
    @Operation(summary = "List training needs", description = "Newest first, then by dong and field.")
    public Page<TrainingNeedView> list(
            @QueryParam("roundId") @Parameter(description = "the monitoring round that revealed them") String roundId,
            @QueryParam("district") @Parameter(description = "5-digit district code", example = "11200") String district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code") String dongCode,
            @QueryParam("field") @Parameter(description = "WELFARE, VILLAGE, ADMINISTRATION or HEALTH") String field,
            @QueryParam("page") @Parameter(description = "page number from 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "page size, 1–200 (default 50)", example = "50") String size) {
        return needs.list(QueryValues.uuid(roundId, "roundId"), geography.districtFilter(district, "district"),
                geography.dongFilter(dongCode, "dongCode"), QueryValues.enumOf(Field.class, field, "field"),
                PageRequest.of(page, size)).map(TrainingNeedView::of);
    }
}
