package kr.seoul.chatdong.training.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.query.TargetQueries;
import kr.seoul.chatdong.training.rest.TargetViews.TargetsInput;
import kr.seoul.chatdong.training.rest.TargetViews.YearView;
import kr.seoul.chatdong.training.service.TargetService;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Targets",
        description = "교육 목표: yearly targets per organiser and audience, and the completions toward them")
public class TargetResource {

    @Inject
    TargetService targets;

    @Inject
    TargetQueries queries;

    @GET
    @Path("/{year}")
    @Operation(
            summary = "A year's targets and progress",
            description = "Each target (organiser × audience) with trained, split bySource: CITY (completions in "
                    + "cohorts of the city's courses that ended in the year), DISTRICT_COHORT (the same of districts' courses) and "
                    + "DISTRICT_REPORT (completions districts reported for the year). A CITY target counts all three for its audience; a "
                    + "district's target its own cohorts and reports (a course for two audiences counts toward both). share = trained ÷ "
                    + "target; the total, each person once; all 25 districts with their trainees' completions (any organiser) and their "
                    + "reports against the district's own targets; and recordedFigures, the trained people reported for a year before "
                    + "the platform (2015: 11,747 civil servants, 1,013 city-run and 10,734 district-run; 297 private welfare workers). "
                    + "2016 is seeded with the plan's 10,520 civil servants (CITY).")
    public YearView getTargets(@PathParam("year") @Parameter(example = "2016") int year) {
        return YearView.of(queries.progress(year));
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Set a year's targets",
            description = "Replaces the year's targets; one per organiser (CITY or a district code) "
                    + "and audience (400 for a pair given twice). Answers the progress, as GET does.")
    public YearView replaceTargets(
            @PathParam("year") @Parameter(example = "2016") int year, @NotNull @Valid TargetsInput request) {
        targets.replace(year, request.toTargets());
        return YearView.of(queries.progress(year));
    }
}
