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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.Trainee;
import kr.seoul.chatdong.training.query.TraineeQueries;
import kr.seoul.chatdong.training.rest.EnrolmentViews.AccountLink;
import kr.seoul.chatdong.training.rest.EnrolmentViews.NewTrainee;
import kr.seoul.chatdong.training.rest.EnrolmentViews.TraineeView;
import kr.seoul.chatdong.training.service.EnrolmentService;

@Path("/api/v1/trainees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Trainees", description = "교육생: who is trained (personal data: never in events or logs)")
public class TraineeResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    TraineeQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    SeoulGeography geography;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Register a trainee",
            description =
                    "The dong, when given, must lie in the district. A trainee registered "
                            + "already (same employeeNo; without one, same name, organisation and dong) is a 409 naming traineeId.")
    @APIResponse(
            responseCode = "201",
            description = "registered; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TraineeView.class)))
    public RestResponse<TraineeView> registerTrainee(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewTrainee request) {
        return idempotency.once(idempotencyKey, request, TraineeView.class, () -> {
            Trainee trainee = enrolments.register(request.toCommand());
            return Responses.created("/api/v1/trainees/" + trainee.id(), TraineeView.of(trainee), trainee.version());
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "List trainees",
            description = "By district, then name. Filter by the district or dong of the workplace. "
                    + "Names are personal data: city admins and trainers only.")
    public Page<TraineeView> listTrainees(
            @QueryParam("district") @Parameter(description = "5-digit district code", example = "11290")
                    String district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code", example = "1129052500")
                    String dongCode,
            @BeanParam PageParams paging) {
        return queries.list(
                        geography.districtFilter(district, "district"),
                        geography.dongFilter(dongCode, "dongCode"),
                        paging.request())
                .map(TraineeView::of);
    }

    @PUT
    @Path("/{id}/account")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Link a trainee to a sign-in account",
            description =
                    "The person signs in with this account (Keycloak's "
                            + "preferred_username, lower case) to check in and answer evaluations as this trainee; `{\"account\": null}` unlinks. "
                            + "Needs If-Match with the trainee's ETag. An account linked to another trainee is a 409 naming traineeId. Audited.")
    public RestResponse<TraineeView> linkTraineeAccount(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AccountLink request) {
        Trainee trainee = enrolments.linkAccount(id, Preconditions.expected(ifMatch), request.account());
        return Responses.ok(TraineeView.of(trainee), trainee.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(summary = "One trainee", description = "City admins and trainers only (personal data).")
    public RestResponse<TraineeView> getTrainee(@PathParam("id") UUID id) {
        Trainee trainee = enrolments.trainee(id);
        return Responses.ok(TraineeView.of(trainee), trainee.version());
    }
}
