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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.DistrictTrainingReport;
import kr.seoul.chatdong.training.query.DistrictTrainingReportQueries;
import kr.seoul.chatdong.training.rest.DistrictTrainingReportViews.NewReport;
import kr.seoul.chatdong.training.rest.DistrictTrainingReportViews.ReportView;
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

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Report a district's training",
            description = "A month's completions of one training the district held outside the platform (on the "
                    + "platform, its cohorts count by themselves). A district officer reports for their own district "
                    + "(403 for another); 0 ≤ completions ≤ 5,000 (400 naming completions); a month that has not begun "
                    + "is a 400; the same training (district, month, audience, title) reported again is a 409 naming "
                    + "reportId. Counted at once in GET /targets/{year}. Audited.")
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
    @Operation(summary = "One district training report", description = "A district officer sees their own district's.")
    public RestResponse<ReportView> getDistrictTrainingReport(@PathParam("id") UUID id) {
        DistrictTrainingReport report = reports.report(id);
        return Responses.ok(ReportView.of(report), report.version());
    }
}
