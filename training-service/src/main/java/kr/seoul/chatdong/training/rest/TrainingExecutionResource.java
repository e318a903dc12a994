package kr.seoul.chatdong.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.query.TrainingExecutionQueries;
import kr.seoul.chatdong.training.rest.TrainingExecutionViews.YearView;

@Path("/api/v1/training-execution")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Training execution",
        description = "교육실행율: cohorts held ÷ cohorts planned for the year, per organiser (CITY or a district)")
public class TrainingExecutionResource {

    @Inject
    TrainingExecutionQueries queries;

    @Inject
    SeoulGeography geography;

    @GET
    @Path("/{year}")
    @Operation(
            summary = "A year's training execution rate",
            description =
                    "Per organiser of the cohorts' courses (CITY, then districts by code): planned = every cohort "
                            + "whose last day falls in the year (held, cancelled or not held yet), held = those completed, "
                            + "cancelled = planned and not held, rate = held ÷ planned (0..1). A cancelled cohort stays "
                            + "planned, so cancelling never raises the rate. Each cohort's standing is published as "
                            + "kr.seoul.chatdong.training.cohort.planned.v1; monitoring's TRAINING_EXECUTION_RATE is the same "
                            + "rule per organising district, in % (the city's cohorts count for no district there). Any valid "
                            + "token; a year outside 2000–2100 is a 400.")
    public YearView getTrainingExecution(@PathParam("year") @Parameter(example = "2016") int year) {
        return YearView.of(queries.of(year), geography);
    }
}
