package kr.seoul.chatdong.governance.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.governance.query.Plan;
import kr.seoul.chatdong.governance.query.PlanQueries;
import kr.seoul.chatdong.governance.rest.PlanViews.DueView;
import kr.seoul.chatdong.governance.rest.PlanViews.PlanInput;
import kr.seoul.chatdong.governance.rest.PlanViews.PlanView;
import kr.seoul.chatdong.governance.service.PlanService;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Annual plan", description = "연간 사업계획: sub-projects, budget (thousand KRW), milestones and execution")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    PlanQueries queries;

    @GET
    @Path("/{year}")
    @Operation(
            summary = "A year's plan",
            description = "Sub-projects in order with budget lines, milestones, execution and totals. "
                    + "The 2016 plan is loaded at first start.")
    public RestResponse<PlanView> getPlan(
            @PathParam("year")
                    @Parameter(
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year) {
        Plan plan = queries.plan(year(year));
        return Responses.ok(PlanView.of(plan), plan.stored().version());
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Write a year's plan, whole",
            description =
                    "A city admin's. Needs If-Match once the plan exists. The total must equal the sum of the budget lines "
                            + "(422, rule budget-does-not-add-up, with totalBudget and sumOfLines); milestone months lie in the year.")
    @APIResponse(
            responseCode = "201",
            description = "created",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public RestResponse<PlanView> putPlan(
            @PathParam("year")
                    @Parameter(
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlanInput request) {
        int y = year(year);
        boolean created = plans.put(y, Preconditions.expected(ifMatch), request.toContent());
        Plan plan = queries.plan(y);
        return created
                ? Responses.created(
                        "/api/v1/plans/" + y, PlanView.of(plan), plan.stored().version())
                : Responses.ok(PlanView.of(plan), plan.stored().version());
    }

    @GET
    @Path("/{year}/due")
    @Operation(
            summary = "Milestones due or late in a month",
            description = "Not DONE, started by the month; late when they ended before it.")
    public DueView listDueMilestones(
            @PathParam("year")
                    @Parameter(
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year,
            @QueryParam("month")
                    @Parameter(
                            required = true,
                            description = "YYYY-MM",
                            example = "2016-05",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$"))
                    String month) {
        int y = year(year);
        if (month == null || month.isBlank()) {
            throw ProblemException.invalid("month", "give the month, YYYY-MM");
        }
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    "month",
                    "'" + (month.length() > 20 ? month.substring(0, 20) + "…" : month) + "' is not a month (YYYY-MM)");
        }
        return DueView.of(queries.plan(y).content(), m);
    }

    private static int year(String value) {
        try {
            int y = Integer.parseInt(value);
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(
                "year",
                "'" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                        + "' is not a year from 2000 to 2100");
    }
}
