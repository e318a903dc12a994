package kr.seoul.chatdong.monitoring.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.query.ResultsQueries;
import kr.seoul.chatdong.monitoring.query.RoundQueries;
import kr.seoul.chatdong.monitoring.rest.ResultsViews.RoundResultsView;
import kr.seoul.chatdong.monitoring.rest.RoundViews.AssessmentBatchItem;
import kr.seoul.chatdong.monitoring.rest.RoundViews.AssessmentInput;
import kr.seoul.chatdong.monitoring.rest.RoundViews.AssessmentView;
import kr.seoul.chatdong.monitoring.rest.RoundViews.NewRound;
import kr.seoul.chatdong.monitoring.rest.RoundViews.RoundChanges;
import kr.seoul.chatdong.monitoring.rest.RoundViews.RoundSummary;
import kr.seoul.chatdong.monitoring.rest.RoundViews.RoundView;
import kr.seoul.chatdong.monitoring.service.RoundService;

@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Monitoring rounds",
        description = "모니터링 회차: rounds of monitoring over a set of dongs, their assessments and completion")
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    RoundQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @Inject
    kr.seoul.chatdong.monitoring.service.ConsultingEffect consultingEffect;

    @Inject
    ResultsQueries results;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Plan a monitoring round",
            description = "The scope is exactly one of `dongCodes` (current 행정동 codes), "
                    + "`districtCodes` (all dongs of the districts) and `upToPhase` (every dong assigned to a roll-out phase ≤ N now: 1 for the "
                    + "phase-1 dongs of round 2, 2 for round 3); two or none → 400. The dongs are resolved once, now: the round answers "
                    + "`scope` and `dongCount`; a scope with no dong (`dongCodes: []` too) → 422 `empty-scope`. The round starts PLANNED. "
                    + "The bars default to underperformingBelow 60 and excellentFrom 90.")
    @APIResponse(
            responseCode = "201",
            description = "planned; Location names the new round",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundView.class)))
    public RestResponse<RoundView> planRound(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewRound request) {
        return idempotency.once(idempotencyKey, request, RoundView.class, () -> {
            MonitoringRound round = rounds.plan(request.toCommand());
            return Responses.created("/api/v1/rounds/" + round.id(), RoundView.of(round, 0), round.version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Rename or re-date a round",
            description = "Needs If-Match with the round's ETag; 409 once COMPLETED.")
    public RestResponse<RoundView> reviseRound(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RoundChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<RoundChanges> patch = mergePatch.read(body, RoundChanges.class);
        MonitoringRound round = rounds.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(RoundView.of(round, queries.assessedCount(id)), round.version());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List monitoring rounds", description = "Newest first (by start date).")
    public Page<RoundSummary> listRounds(
            @QueryParam("status")
                    @Parameter(
                            description = "the round's status",
                            schema = @Schema(implementation = RoundStatus.class),
                            example = "COMPLETED")
                    String status,
            @BeanParam PageParams paging) {
        return queries.list(QueryValues.enumOf(RoundStatus.class, status, "status"), paging.request())
                .map(RoundSummary::of);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Path("/{id}/consulting-effect")
    @Operation(
            summary = "The measured effect of consulting between a baseline round and this one",
            description =
                    "Per field: the mean score change (this round − baseline) of the (dong, field) pairs consulted after the "
                            + "baseline round (its assignment reached a visit), of those below the baseline's bar but not consulted, and of "
                            + "all others, with counts; effect = consulted − below-bar-not-consulted. Pairs assessed in both rounds count. "
                            + "422 when the baseline is not completed or does not start earlier.")
    public ConsultingViews.EffectView getConsultingEffect(
            @PathParam("id") UUID id,
            @QueryParam("baselineRoundId")
                    @Parameter(
                            required = true,
                            description = "the earlier, completed round whose consulting is measured",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "uuid"))
                    String baselineRoundId) {
        return ConsultingViews.EffectView.of(
                consultingEffect.of(id, QueryValues.uuid(baselineRoundId, "baselineRoundId")));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One monitoring round, with its progress (assessed / expected)")
    public RestResponse<RoundView> getRound(@PathParam("id") UUID id) {
        MonitoringRound round = queries.get(id);
        return Responses.ok(RoundView.of(round, queries.assessedCount(id)), round.version());
    }

    @PUT
    @Path("/{id}/assessments/{dongCode}/{field}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Record or correct one assessment",
            description =
                    "201 when it is the dong's first score in that field, 200 when it corrects one (a correction needs "
                            + "If-Match with the assessment's ETag). The round moves to IN_PROGRESS; 422 for a dong outside the round's scope. "
                            + "On a COMPLETED round only a city admin corrects a score, with If-Match and a `reason`: a changed score "
                            + "publishes assessment.corrected, and every service reconciles what it derived (consulting assignments, "
                            + "training needs, case nominations that no longer apply are WITHDRAWN with the reason; new ones are created).")
    @APIResponse(
            responseCode = "200",
            description = "corrected",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(
            responseCode = "201",
            description = "recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class)))
    public RestResponse<AssessmentView> recordAssessment(
            @PathParam("id") UUID id,
            @PathParam("dongCode") @Parameter(example = "1129052500") String dongCode,
            @PathParam("field")
                    @Parameter(
                            description = "one of the four fields of the program",
                            schema = @Schema(implementation = Field.class),
                            example = "WELFARE")
                    String field,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssessmentInput input) {
        Field parsed = QueryValues.requiredEnumOf(Field.class, field, "field");
        RoundService.Recorded recorded =
                rounds.assess(id, input.toCommand(dongCode, parsed), Preconditions.expected(ifMatch));
        AssessmentView view = AssessmentView.of(recorded.assessment());
        return recorded.created()
                ? Responses.created(
                        "/api/v1/rounds/" + id + "/assessments/" + dongCode + "/" + parsed, view, view.version())
                : Responses.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/assessments")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Record or correct many assessments at once",
            description = "For systems that import a round's results: up to 2,000 items, applied all or none. "
                    + "Needs If-Match with the round's ETag; the round gets a new ETag.")
    public RestResponse<RoundView> recordAssessments(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotEmpty @Size(max = 2000) List<@NotNull @Valid AssessmentBatchItem> items) {
        MonitoringRound round = rounds.assessAll(
                id, items.stream().map(AssessmentBatchItem::toCommand).toList(), Preconditions.expected(ifMatch));
        return Responses.ok(RoundView.of(round, queries.assessedCount(id)), round.version());
    }

    @GET
    @Path("/{id}/assessments")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "The assessments of a round", description = "In dong, then field order.")
    public Page<AssessmentView> listRoundAssessments(
            @PathParam("id") UUID id,
            @QueryParam("dongCode") @Parameter(example = "1129052500") String dongCode,
            @QueryParam("field")
                    @Parameter(
                            description = "one of the four fields of the program",
                            schema = @Schema(implementation = Field.class))
                    String field,
            @BeanParam PageParams paging) {
        String dong;
        Field parsed;
        try {
            dong = geography.dongFilter(dongCode, "dongCode");
            parsed = QueryValues.enumOf(Field.class, field, "field");
        } catch (RuntimeException invalid) {
            queries.get(id); // an unknown round is a 404 whatever the filters
            throw invalid;
        }
        Page<AssessmentView> page =
                queries.assessments(id, dong, parsed, paging.request()).map(AssessmentView::of);
        if (page.items().isEmpty()) {
            queries.get(id); // rows exist only for an existing round (foreign key): only an empty page needs the check
        }
        return page;
    }

    @GET
    @Path("/{id}/results")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "The results of a round",
            description =
                    "Per field the distribution of the scores (count, min, quartiles, max, mean, how many below the round's "
                            + "underperformingBelow bar and how many at or above its excellentFrom bar); the districts ranked by their mean; "
                            + "each dong's four scores and mean keyed by dong code, ready to join to GET /api/v1/dongs/boundaries. "
                            + "A round IN_PROGRESS answers on what is assessed so far (`assessed` of `expected`); a PLANNED one has nothing yet. "
                            + "The ETag is the round's version: the results change exactly when it does. "
                            + "As CSV (Accept: text/csv): one row per dong in scope with its names, four scores and mean.")
    @APIResponse(
            responseCode = "200",
            description = "the results as of the round's current version",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RoundResultsView.class)),
                @Content(
                        mediaType = Csv.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        example = ResultsViews.RESULTS_CSV_EXAMPLE)
            })
    public RestResponse<RoundResultsView> getRoundResults(@PathParam("id") UUID id) {
        RoundResultsView view = RoundResultsView.of(results.ofRound(id), geography);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Complete a round",
            description =
                    "Needs every (dong, field) assessed: otherwise 422 with `missingCount` and up to 50 `missing` pairs. "
                            + "Completing twice is a 409, unless the retry carries the first request's Idempotency-Key: then it gets the first answer again. Publishes kr.seoul.chatdong.monitoring.round.completed.v1 "
                            + "(consulting assignments, case nominations, training needs and a council agenda item follow).")
    public RestResponse<RoundView> completeRound(
            @PathParam("id") UUID id, @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey) {
        return idempotency.once(idempotencyKey, null, RoundView.class, () -> {
            MonitoringRound completed = rounds.complete(id);
            return Responses.ok(RoundView.of(completed, completed.expectedAssessments()), completed.version());
        });
    }
}
