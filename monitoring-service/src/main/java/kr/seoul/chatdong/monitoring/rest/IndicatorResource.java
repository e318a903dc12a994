package kr.seoul.chatdong.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;
import kr.seoul.chatdong.monitoring.domain.IndicatorKind;
import kr.seoul.chatdong.monitoring.domain.IndicatorValue;
import kr.seoul.chatdong.monitoring.query.IndicatorQueries;
import kr.seoul.chatdong.monitoring.rest.IndicatorViews.IndicatorChanges;
import kr.seoul.chatdong.monitoring.rest.IndicatorViews.IndicatorRevisionView;
import kr.seoul.chatdong.monitoring.rest.IndicatorViews.IndicatorValueInput;
import kr.seoul.chatdong.monitoring.rest.IndicatorViews.IndicatorValueView;
import kr.seoul.chatdong.monitoring.rest.IndicatorViews.IndicatorView;
import kr.seoul.chatdong.monitoring.rest.IndicatorViews.NewIndicator;
import kr.seoul.chatdong.monitoring.service.IndicatorService;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Indicators",
        description = "성과관리 지표 (2016 plan §7): process (수행지표) and outcome (진단지표) indicators and their values "
                + "per dong or district and period")
public class IndicatorResource {

    private static final String DERIVATIONS = "Derived indicators take their values from other services' events only: "
            + "TRAINING_EXECUTION_RATE (per district and year) = cohorts held ÷ cohorts planned × 100 of the cohorts the district "
            + "organises whose year (of their last day) it is, each cohort's newest kr.seoul.chatdong.training.cohort.planned.v1 "
            + "counting (status HELD: held and planned; PLANNED or CANCELLED: planned), rounded half up to one decimal; the "
            + "city's cohorts count for no district; "
            + "PUBLIC_PRIVATE_COLLABORATION (per district and half-year) = the number of meetings held by councils of the district "
            + "(kr.seoul.chatdong.governance.meeting.held.v1 with a districtCode); BEST_PRACTICE_CASES_PUBLISHED (per district and year, "
            + "in Seoul time) = the number of the district's cases published (kr.seoul.chatdong.cases.case.published.v1). A cohort, "
            + "meeting or case reported again replaces what it added, so it counts once.";

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorQueries queries;

    @Inject
    MergePatch mergePatch;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "List the indicators",
            description = "The 13 indicators of §7 and the best-practice count of §5: process "
                    + "indicators (수행지표) first, then outcome indicators (진단지표), each in the plan's order; then those "
                    + "defined through the API, in the order defined. Each with its targets by year. "
                    + DERIVATIONS)
    public Page<IndicatorView> listIndicators(
            @QueryParam("kind")
                    @Parameter(
                            description = "PROCESS (수행지표) or OUTCOME (진단지표)",
                            schema = @Schema(implementation = IndicatorKind.class),
                            example = "PROCESS")
                    String kind,
            @BeanParam PageParams paging) {
        return queries.list(QueryValues.enumOf(IndicatorKind.class, kind, "kind"), paging.request())
                .map(IndicatorView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One indicator", description = "404 for an unknown code.")
    public RestResponse<IndicatorView> getIndicator(
            @PathParam("code") @Parameter(example = "WELFARE_PLANNER_VISIT_RATE") String code) {
        IndicatorDefinition indicator = queries.definition(code);
        return Responses.ok(IndicatorView.of(indicator), indicator.version());
    }

    @POST
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Define a new indicator",
            description =
                    "An entered indicator with its targets by year (연도별 목표), placed after the others; its creation "
                            + "is its first revision. Refused: a code already defined (409, rule code-taken); source DERIVED (422, rule "
                            + "derived-by-code: derived indicators are computed from other services' events by code); min above max, a "
                            + "rate (%) without a max or above 100, a year not written 2016, a target outside the range (400).")
    @APIResponse(
            responseCode = "201",
            description = "defined",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.class)))
    public RestResponse<IndicatorView> defineIndicator(@NotNull @Valid NewIndicator request) {
        IndicatorView view = IndicatorView.of(indicators.define(request.toCommand()));
        return Responses.created("/api/v1/indicators/" + view.code(), view, view.version());
    }

    @PATCH
    @Path("/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Revise an indicator",
            description =
                    "JSON merge patch of the definition and its targets by year (`targets: {\"2016\": 80}`; a year "
                            + "sent as null removes its target); needs If-Match with the indicator's ETag. Each change is kept as a "
                            + "revision (GET /{code}/revisions). A derived indicator's derivation stays fixed: changing its unit, kind, "
                            + "min, max or decimals is a 422 (rule derivation-fixed); its names, description and targets may change. "
                            + "A required field removed, min above max, a rate (%) without a max or above 100, a target outside the "
                            + "range: 400.")
    public RestResponse<IndicatorView> reviseIndicator(
            @PathParam("code") @Parameter(example = "WELFARE_PLANNER_VISIT_RATE") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = IndicatorChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<IndicatorChanges> patch = mergePatch.read(body, IndicatorChanges.class);
        IndicatorView view = IndicatorView.of(
                indicators.revise(patch.changes().toCommand(code, patch.removed()), Preconditions.expected(ifMatch)));
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/{code}/revisions")
    @Operation(
            summary = "List the revisions of an indicator",
            description = "Who (account name), when and what changed (field, before, after; a year's target is "
                    + "targets.<year>), newest first. Indicators seeded by the migration have no revision until revised. "
                    + "404 for an unknown code.")
    public Page<IndicatorRevisionView> listIndicatorRevisions(
            @PathParam("code") @Parameter(example = "WELFARE_PLANNER_VISIT_RATE") String code,
            @BeanParam PageParams paging) {
        return queries.revisions(code, paging.request()).map(IndicatorRevisionView::of);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Path("/{code}/values")
    @Operation(
            summary = "List the values of an indicator",
            description = "Newest period first, then by scope code (dong or district "
                    + "code). `period` is written in the indicator's form (2016, 2016-H1 or 2016-05; another form is a 400 naming the one "
                    + "expected); `districtCode` selects the district's value, or the values of its dongs.")
    public Page<IndicatorValueView> listIndicatorValues(
            @PathParam("code") @Parameter(example = "WELFARE_PLANNER_VISIT_RATE") String code,
            @QueryParam("period")
                    @Parameter(
                            description =
                                    "one period, in the indicator's form: 2016 (YEAR), 2016-H1 (HALF_YEAR), 2016-05 (MONTH)",
                            example = "2016-05")
                    String period,
            @QueryParam("districtCode") @Parameter(description = "5-digit 자치구 code", example = "11290")
                    String districtCode,
            @BeanParam PageParams paging) {
        return queries.values(code, period, districtCode, paging.request()).map(IndicatorValueView::of);
    }

    @GET
    @Path("/{code}/values/{scopeCode}/{period}")
    @Operation(
            summary = "One value of an indicator",
            description =
                    "Its ETag is what a change of the value sends as If-Match. " + "404 while no value is recorded.")
    public RestResponse<IndicatorValueView> getIndicatorValue(
            @PathParam("code") @Parameter(example = "WELFARE_PLANNER_VISIT_RATE") String code,
            @PathParam("scopeCode")
                    @Parameter(
                            description =
                                    "10-digit dong code for a DONG indicator, 5-digit district code for a DISTRICT one",
                            example = "1129052500")
                    String scopeCode,
            @PathParam("period")
                    @Parameter(
                            description = "in the indicator's form: 2016 (YEAR), 2016-H1 (HALF_YEAR), 2016-05 (MONTH)",
                            example = "2016-05")
                    String period) {
        IndicatorValue value = indicators.value(code, scopeCode, period);
        return Responses.ok(IndicatorValueView.of(value), value.version());
    }

    @PUT
    @Path("/{code}/values/{scopeCode}/{period}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Record or change a value of an indicator",
            description =
                    "201 the first time, 200 after (a change needs If-Match with the value's ETag). District officers record "
                            + "the values of their own district and its dongs (another district: 403); city admins any. Refused: a derived "
                            + "indicator (409: its values come from events); a period not in the indicator's form or a scope code of the "
                            + "wrong kind or unknown (400, naming the form expected); a value below min, above max, with more decimals than "
                            + "the indicator has, or a rate (%) above 100 (400, naming the rule); a dong or district outside the program in "
                            + "that period — no roll-out phase yet, or a phase that began after the period ended (422: rule 'in the program').")
    @APIResponse(
            responseCode = "200",
            description = "changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorValueView.class)))
    @APIResponse(
            responseCode = "201",
            description = "recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorValueView.class)))
    public RestResponse<IndicatorValueView> recordIndicatorValue(
            @PathParam("code") @Parameter(example = "WELFARE_PLANNER_VISIT_RATE") String code,
            @PathParam("scopeCode")
                    @Parameter(
                            description =
                                    "10-digit dong code for a DONG indicator, 5-digit district code for a DISTRICT one",
                            example = "1129052500")
                    String scopeCode,
            @PathParam("period")
                    @Parameter(
                            description = "in the indicator's form: 2016 (YEAR), 2016-H1 (HALF_YEAR), 2016-05 (MONTH)",
                            example = "2016-05")
                    String period,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid IndicatorValueInput input) {
        IndicatorService.Recorded recorded =
                indicators.enter(input.toCommand(code, scopeCode, period), Preconditions.expected(ifMatch));
        IndicatorValueView view = IndicatorValueView.of(recorded.value());
        return recorded.created()
                ? Responses.created(
                        "/api/v1/indicators/" + view.indicatorCode() + "/values/" + view.scopeCode() + "/"
                                + view.period(),
                        view,
                        view.version())
                : Responses.ok(view, view.version());
    }
}
