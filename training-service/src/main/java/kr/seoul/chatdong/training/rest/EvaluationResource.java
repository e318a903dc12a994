package kr.seoul.chatdong.training.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.query.EvaluationQueries;
import kr.seoul.chatdong.training.rest.EvaluationViews.SummaryView;
import kr.seoul.chatdong.training.rest.EvaluationViews.YearlyFigureInput;
import kr.seoul.chatdong.training.rest.EvaluationViews.YearlyFigureView;
import kr.seoul.chatdong.training.service.EvaluationService;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Evaluations",
        description =
                "교육 만족도 평가: satisfaction scores per year, organiser and course, instructor evaluations, yearly figures")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationQueries queries;

    @GET
    @Path("/summary")
    @Operation(
            summary = "Satisfaction summary",
            description = "Over the evaluations of cohorts that ended in the year (all years without "
                    + "year), of an organiser's courses, of one course: responses, the mean 100-point score, the districts and dongs of those who "
                    + "answered, each item's mean, each instructor's. A year before the platform has no evaluations: score is its recorded figure "
                    + "(scoreSource RECORDED_FIGURE; 2015: 93.08 from 13 districts, 52 dongs).")
    public SummaryView evaluationSummary(
            @QueryParam("year")
                    @Parameter(
                            description = "cohorts that ended in this year",
                            schema = @Schema(type = SchemaType.INTEGER),
                            example = "2015")
                    String year,
            @QueryParam("organiser") @Parameter(description = "CITY or a district code", example = "CITY")
                    String organiser,
            @QueryParam("courseId")
                    @Parameter(
                            description = "one course",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = "a0000000-0000-4000-8000-000000000009")
                    String courseId) {
        return SummaryView.of(queries.summary(new EvaluationQueries.Scope(
                QueryValues.integer(year, "year", 2000, 2100),
                organiser(organiser),
                QueryValues.uuid(courseId, "courseId"))));
    }

    @GET
    @Path("/yearly-figures")
    @Operation(
            summary = "Recorded yearly figures",
            description = "Scores the programme reported for years before the platform, newest first.")
    public List<YearlyFigureView> listYearlyFigures() {
        return queries.yearlyFigures().stream().map(YearlyFigureView::of).toList();
    }

    @PUT
    @Path("/yearly-figures/{year}")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Record a year's figure",
            description = "A year's satisfaction score as reported (one per year and organiser; "
                    + "recording it again replaces it). Not for a year that has not begun (400).")
    public YearlyFigureView recordYearlyFigure(@PathParam("year") int year, @NotNull @Valid YearlyFigureInput request) {
        return YearlyFigureView.of(evaluations.recordYearlyFigure(
                year,
                request.organiser(),
                request.score(),
                request.districts(),
                request.dongs(),
                request.responses(),
                request.note() == null || request.note().isBlank()
                        ? null
                        : request.note().strip()));
    }

    private static String organiser(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("CITY|11[0-9]{3}")) {
            throw new DomainException.InvalidValue("organiser", "must be CITY or a district code such as 11290");
        }
        return value;
    }
}
