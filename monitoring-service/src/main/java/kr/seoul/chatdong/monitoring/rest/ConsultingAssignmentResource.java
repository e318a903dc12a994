package kr.seoul.chatdong.monitoring.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.domain.Field;
import kr.seoul.chatdong.commons.domain.RoundFinding;
import kr.seoul.chatdong.commons.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.repository.ConsultingAssignmentRepository;

@Path("/api/v1/consulting-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Consulting assignments", description = "컨설팅 배정: consulting for dongs below a round's bar (미흡동), opened by round.completed")
public class ConsultingAssignmentResource {

    @Inject
    ConsultingAssignmentRepository assignments;

    @Inject
    SeoulGeography geography;

    @Schema(name = "ConsultingAssignment")
    public record AssignmentView(UUID id, UUID roundId,
            @Schema(examples = "1120059000") String dongCode,
            @Schema(examples = "11200") String districtCode,
            @Schema(examples = "WELFARE") Field field,
            @Schema(description = "the score that fell below the bar", examples = "45") int score,
            @Schema(examples = "OPEN") ConsultingStatus status,
            @Schema(description = "id of the round.completed event that opened it") String sourceEventId,
            Instant createdAt, long version) {

        static AssignmentView of(ConsultingAssignment a) {
            RoundFinding f = a.finding();
            return new AssignmentView(a.id(), f.roundId(), f.dongCode(), f.districtCode(), f.field(), f.score(), a.status(),
                    f.sourceEventId(), a.createdAt(), a.version());
        }
    }

    @GET
    @Operation(summary = "List consulting assignments", description = "Newest first, then by dong and field.")
    public Page<AssignmentView> list(
            @QueryParam("roundId") @Parameter(description = "the round that opened them") String roundId,
            @QueryParam("district") @Parameter(description = "5-digit district code", example = "11200") String district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code", example = "1120059000") String dongCode,
            @QueryParam("field") @Parameter(description = "WELFARE, VILLAGE, ADMINISTRATION or HEALTH") String field,
            @QueryParam("status") @Parameter(description = "OPEN, ASSIGNED, COMPLETED or CANCELLED") String status,
            @QueryParam("page") @Parameter(description = "page number from 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "page size, 1–200 (default 50)", example = "50") String size) {
        return assignments.list(QueryValues.uuid(roundId, "roundId"), geography.districtFilter(district, "district"),
                geography.dongFilter(dongCode, "dongCode"),
                QueryValues.enumOf(Field.class, field, "field"), QueryValues.enumOf(ConsultingStatus.class, status, "status"),
                PageRequest.of(page, size)).map(AssignmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One consulting assignment")
    public RestResponse<AssignmentView> get(@PathParam("id") UUID id) {
        ConsultingAssignment a = assignments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("consulting assignment", id));
        return Responses.ok(AssignmentView.of(a), a.version());
    }
}
