package kr.seoul.chatdong.training.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.rest.TrainingDemandViews.NewSurvey;
import kr.seoul.chatdong.training.rest.TrainingDemandViews.SurveyView;
import kr.seoul.chatdong.training.service.TrainingDemandService;

@Path("/api/v1/training-demand")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Training demand",
        description = "교육 수요 조사: a district support team's (자치구 추진지원단) answers become training needs "
                + "(source DEMAND_SURVEY), beside those monitoring reveals")
public class TrainingDemandResource {

    @Inject
    TrainingDemandService demand;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Record a support team's demand survey",
            description = "Each topic becomes an OPEN training need of the district with source DEMAND_SURVEY (its "
                    + "respondents the survey's), or — when the district has an OPEN need of the same topic (trimmed, "
                    + "inner spaces made one) — reinforces it: the survey's respondents add to the need's and its "
                    + "surveys count one more. A district officer records their own district's survey (403 for "
                    + "another); a city admin or trainer any district's. 400 naming the field: an unknown district, "
                    + "no topics or more than 20, a blank topic, a topic longer than 100 characters or named twice, "
                    + "respondents outside 1–10,000. Nothing is stored by a refused survey. Audited. The needs are "
                    + "listed by GET /training-needs?source=DEMAND_SURVEY.")
    @APIResponse(
            responseCode = "201",
            description = "recorded; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SurveyView.class)))
    public RestResponse<SurveyView> recordTrainingDemand(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewSurvey request) {
        return idempotency.once(idempotencyKey, request, SurveyView.class, () -> {
            TrainingDemandService.Recorded recorded = demand.record(request.toCommand());
            return Responses.created(
                    "/api/v1/training-demand/" + recorded.survey().id(),
                    SurveyView.of(recorded),
                    recorded.survey().version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "One demand survey",
            description = "With the needs it created or reinforced, as they are now. A district officer sees their "
                    + "own district's (another's is a 404).")
    public RestResponse<SurveyView> getTrainingDemand(@PathParam("id") UUID id) {
        TrainingDemandService.Recorded recorded = demand.survey(id);
        return Responses.ok(SurveyView.of(recorded), recorded.survey().version());
    }
}
