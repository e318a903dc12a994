package kr.seoul.chatdong.monitoring.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import kr.seoul.chatdong.commons.domain.Field;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.repository.AssessmentRepository;
import kr.seoul.chatdong.monitoring.rest.RoundViews.AssessmentBatchItem;
import kr.seoul.chatdong.monitoring.rest.RoundViews.AssessmentInput;
import kr.seoul.chatdong.monitoring.rest.RoundViews.AssessmentView;
import kr.seoul.chatdong.monitoring.rest.RoundViews.NewRound;
import kr.seoul.chatdong.monitoring.rest.RoundViews.RoundSummary;
import kr.seoul.chatdong.monitoring.rest.RoundViews.RoundView;
import kr.seoul.chatdong.monitoring.service.RoundService;

@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring rounds", description = "모니터링 회차: rounds of monitoring over a set of dongs, their assessments and completion")
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    AssessmentRepository assessments;

    @POST
    @Operation(summary = "Plan a monitoring round", description = "Every dong code must be a current 행정동 code; the round starts PLANNED. "
            + "The bars default to underperformingBelow 60 and excellentFrom 90.")
    @APIResponse(responseCode = "201", description = "planned; Location names the new round")
    public RestResponse<RoundView> plan(@NotNull @Valid NewRound request) {
        MonitoringRound round = rounds.plan(request);
        return Responses.created("/api/v1/rounds/" + round.id(), RoundView.of(round, 0), round.version());
    }

    @GET
    @Operation(summary = "List monitoring rounds", description = "Newest first (by start date).")
    public Page<RoundSummary> list(
            @QueryParam("status") @Parameter(description = "PLANNED, IN_PROGRESS or COMPLETED", example = "COMPLETED") String status,
            @QueryParam("page") @Parameter(description = "page number from 0", example = "0") Integer page,
            @QueryParam("size") @Parameter(description = "page size, 1–200 (default 50)", example = "50") Integer size) {
        return rounds.list(QueryValues.enumOf(RoundStatus.class, status, "status"), PageRequest.of(page, size)).map(RoundSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One monitoring round, with its progress (assessed / expected)")
    public RestResponse<RoundView> get(@PathParam("id") UUID id) {
        MonitoringRound round = rounds.get(id);
        return Responses.ok(RoundView.of(round, rounds.assessedCount(id)), round.version());
    }

    @PUT
    @Path("/{id}/assessments/{dongCode}/{field}")
    @Operation(summary = "Record or correct one assessment",
            description = "201 when it is the dong's first score in that field, 200 when it corrects one. The round moves to IN_PROGRESS. "
                    + "409 once the round is COMPLETED; 422 for a dong outside the round's scope.")
    @APIResponse(responseCode = "200", description = "corrected")
    @APIResponse(responseCode = "201", description = "recorded")
    public RestResponse<AssessmentView> assess(@PathParam("id") UUID id,
            @PathParam("dongCode") @Parameter(example = "1129052500") String dongCode,
            @PathParam("field") @Parameter(description = "WELFARE, VILLAGE, ADMINISTRATION or HEALTH", example = "WELFARE") String field,
            @NotNull @Valid AssessmentInput input) {
        Field parsed = QueryValues.enumOf(Field.class, field, "field");
        RoundService.Recorded recorded = rounds.assess(id, dongCode, parsed, input.score(), input.findings());
        AssessmentView view = AssessmentView.of(recorded.assessment());
        return recorded.created()
                ? Responses.created("/api/v1/rounds/" + id + "/assessments/" + dongCode + "/" + parsed, view, view.version())
                : Responses.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/assessments")
    @Operation(summary = "Record or correct many assessments at once",
            description = "For systems that import a round's results: up to 2,000 items, applied all or none.")
    public RestResponse<RoundView> assessAll(@PathParam("id") UUID id,
            @NotEmpty @Size(max = 2000) List<@NotNull @Valid AssessmentBatchItem> items) {
        MonitoringRound round = rounds.assessAll(id, items);
        return Responses.ok(RoundView.of(round, rounds.assessedCount(id)), round.version());
    }

    @GET
    @Path("/{id}/assessments")
    @Operation(summary = "The assessments of a round", description = "In dong, then field order.")
    public Page<AssessmentView> assessments(@PathParam("id") UUID id,
            @QueryParam("dongCode") @Parameter(example = "1129052500") String dongCode,
            @QueryParam("field") @Parameter(description = "WELFARE, VILLAGE, ADMINISTRATION or HEALTH") String field,
            @QueryParam("page") @Parameter(description = "page number from 0", example = "0") Integer page,
            @QueryParam("size") @Parameter(description = "page size, 1–200 (default 50)", example = "50") Integer size) {
        rounds.get(id);
        return assessments.list(id, dongCode, QueryValues.enumOf(Field.class, field, "field"), PageRequest.of(page, size))
                .map(AssessmentView::of);
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Complete a round",
            description = "Needs every (dong, field) assessed: otherwise 422 with `missingCount` and up to 50 `missing` pairs. "
                    + "Completing twice is a 409. Publishes kr.seoul.chatdong.monitoring.round.completed.v1 "
                    + "(consulting assignments, case nominations, training needs and a council agenda item follow).")
    public RestResponse<RoundView> complete(@PathParam("id") UUID id) {
        MonitoringRound round = rounds.complete(id);
        return Responses.ok(RoundView.of(round, round.expectedAssessments()), round.version());
    }
}
