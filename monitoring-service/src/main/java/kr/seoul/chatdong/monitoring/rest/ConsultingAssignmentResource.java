package kr.seoul.chatdong.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import kr.seoul.chatdong.commons.paging.PageParams;
import jakarta.ws.rs.BeanParam;
import kr.seoul.chatdong.language.geo.DistrictParam;

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

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.RoundFinding;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.csv.Csv;
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

        static AssignmentView of(ConsultingAssignmentRepository.AssignmentRow a) {
            return new AssignmentView(a.id(), a.roundId(), a.dongCode(), a.districtCode(), a.field(), a.score(), a.status(),
                    a.sourceEventId(), a.createdAt(), a.version());
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List consulting assignments", description = "Newest first, then by dong and field.")
    public Page<AssignmentView> listConsultingAssignments(
            @QueryParam("roundId") @Parameter(description = "the round that opened them", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String roundId,
            @BeanParam DistrictParam district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code", example = "1120059000") String dongCode,
            @QueryParam("field") @Parameter(description = "one of the four fields of the program", schema = @Schema(implementation = Field.class)) String field,
            @QueryParam("status") @Parameter(description = "the assignment's status", schema = @Schema(implementation = ConsultingStatus.class)) String status,
            @BeanParam PageParams paging) {
        return assignments.list(QueryValues.uuid(roundId, "roundId"), district.code(geography),
                geography.dongFilter(dongCode, "dongCode"),
                QueryValues.enumOf(Field.class, field, "field"), QueryValues.enumOf(ConsultingStatus.class, status, "status"),
                paging.request()).map(AssignmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One consulting assignment")
    public RestResponse<AssignmentView> getConsultingAssignment(@PathParam("id") UUID id) {
        ConsultingAssignment a = assignments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("consulting assignment", id));
        return Responses.ok(AssignmentView.of(a), a.version());
    }
}
