package kr.seoul.chatdong.training.rest;

import java.util.UUID;

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

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.DistrictTrainingReport;
import kr.seoul.chatdong.training.query.DistrictTrainingReportQueries;
import kr.seoul.chatdong.training.rest.DistrictTrainingReportViews.NewReport;
import kr.seoul.chatdong.training.rest.DistrictTrainingReportViews.ReportChanges;
import kr.seoul.chatdong.training.rest.DistrictTrainingReportViews.ReportView;
import kr.seoul.chatdong.training.rest.DistrictTrainingReportViews.Withdrawal;
import kr.seoul.chatdong.training.service.DistrictTrainingReportService;

@Path("/api/v1/district-training-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "District training reports",
        description = "자치구 주도교육: training a district held outside the platform, reported by its officer and "
                + "counted toward the year's targets (GET /targets/{year}, source DISTRICT_REPORT)")
public class DistrictTrainingReportResource {

    @Inject
    DistrictTrainingReportService reports;

    @Inject
    DistrictTrainingReportQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    SeoulGeography geography;

    @Inject
    MergePatch mergePatch;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Report a district's training",
            description = "A month's completions of one training the district held outside the platform (on the "
                    + "platform, its cohorts count by themselves). A district officer reports for their own district "
                    + "(403 for another); 0 ≤ completions ≤ 5,000 (400 naming completions); a month that has not begun "
                    + "is a 400; the same training (district, month, audience, title) reported again is a 409 naming "
                    + "reportId (a withdrawn report does not count: the training may be reported again). Counted at once "
                    + "in GET /targets/{year}, and published to monitoring's yearly report "
                    + "(district-report.recorded). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "reported; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    public RestResponse<ReportView> reportDistrictTraining(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewReport request) {
        return idempotency.once(idempotencyKey, request, ReportView.class, () -> {
            DistrictTrainingReport report = reports.report(request.toCommand());
            return Responses.created(
                    "/api/v1/district-training-reports/" + report.id(), ReportView.of(report), report.version());
        });
    }

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "List district training reports",
            description = "By district, year, month and title. A district officer sees their own district's "
                    + "(asking for another is a 403).")
    public Page<ReportView> listDistrictTrainingReports(
            @QueryParam("district") @Parameter(description = "5-digit district code", example = "11290")
                    String district,
            @QueryParam("year")
                    @Parameter(
                            description = "the year held",
                            schema = @Schema(type = SchemaType.INTEGER),
                            example = "2016")
                    String year,
            @BeanParam PageParams paging) {
        return queries.list(
                        reports.visibleDistrict(geography.districtFilter(district, "district")),
                        QueryValues.integer(year, "year", 2000, 2100),
                        paging.request())
                .map(ReportView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "One district training report",
            description = "A district officer sees their own district's. A withdrawn one is shown with status "
                    + "WITHDRAWN and its reason. Its ETag is the version a PATCH or withdrawal names in If-Match.")
    public RestResponse<ReportView> getDistrictTrainingReport(@PathParam("id") UUID id) {
        DistrictTrainingReport report = reports.report(id);
        return Responses.ok(ReportView.of(report), report.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Correct a district training report",
            description =
                    "A JSON merge patch of title, audience, completions and month (each required: null is a 400); "
                            + "needs If-Match with the report's ETag (428 without, 412 stale). A district officer corrects their "
                            + "own district's (403 for another), a city admin or trainer any. 0 ≤ completions ≤ 5,000 and a month "
                            + "that has begun, as when reporting (400 naming the field); a correction that makes it the same "
                            + "training as another recorded report is a 409 naming reportId; a withdrawn report is final (409). "
                            + "GET /targets/{year} counts the corrected figures at once; monitoring's yearly report follows "
                            + "(district-report.recorded). Audited.")
    public RestResponse<ReportView> correctDistrictTrainingReport(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ReportChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<ReportChanges> patch = mergePatch.read(body, ReportChanges.class);
        DistrictTrainingReport report = reports.correct(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(ReportView.of(report), report.version());
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Withdraw a district training report, with a reason",
            description = "The report no longer counts: GET /targets/{year} leaves its completions out at once, and "
                    + "monitoring's yearly report drops it (district-report.recorded with status WITHDRAWN). It stays "
                    + "readable with status WITHDRAWN and the reason, and cannot be corrected or withdrawn again (409); "
                    + "the same training may be reported again. Needs If-Match with the report's ETag (428 without, 412 "
                    + "stale). A district officer withdraws their own district's (403 for another), a city admin or "
                    + "trainer any. Audited.")
    public RestResponse<ReportView> withdrawDistrictTrainingReport(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Withdrawal request) {
        DistrictTrainingReport report = reports.withdraw(
                id, Preconditions.expected(ifMatch), request.reason().strip());
        return Responses.ok(ReportView.of(report), report.version());
    }
}
