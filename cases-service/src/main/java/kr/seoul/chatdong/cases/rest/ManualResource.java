package kr.seoul.chatdong.cases.rest;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.query.ManualQueries;
import kr.seoul.chatdong.cases.rest.ManualViews.DeclineInput;
import kr.seoul.chatdong.cases.rest.ManualViews.FeedbackView;
import kr.seoul.chatdong.cases.rest.ManualViews.NewFeedback;
import kr.seoul.chatdong.cases.rest.ManualViews.NewVersion;
import kr.seoul.chatdong.cases.rest.ManualViews.VersionView;
import kr.seoul.chatdong.cases.rest.ManualViews.VolumeView;
import kr.seoul.chatdong.cases.service.ManualService;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.DistrictParam;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/manuals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Manuals",
        description = "업무매뉴얼: the plan's four volumes (복지·건강, 마을, 행정, 부록-방문간호사 업무 길라잡이), their versions, "
                + "and the field's feedback each new version takes in")
public class ManualResource {

    @Inject
    ManualService manuals;

    @Inject
    ManualQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "List the manual volumes", description = "The plan's four, in their order.")
    public List<VolumeView> listManualVolumes() {
        return queries.volumes().stream().map(VolumeView::of).toList();
    }

    @GET
    @Path("/{volumeId}")
    @Operation(summary = "One manual volume")
    public VolumeView getManualVolume(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId) {
        return VolumeView.of(queries.volume(volumeId));
    }

    @POST
    @Path("/{volumeId}/versions")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Record a new version of a volume",
            description = "With the feedback it took in: each must be OPEN feedback of "
                    + "this volume (422 unknown-feedback or feedback-of-another-volume; 409 when already ADOPTED or DECLINED); it becomes ADOPTED. "
                    + "A version label twice is a 409. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "recorded; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VersionView.class)))
    public RestResponse<VersionView> publishManualVersion(
            @PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewVersion request) {
        return idempotency.once(idempotencyKey, request, VersionView.class, () -> {
            ManualVersion v = manuals.publish(volumeId, request.toCommand());
            return Responses.created(
                    "/api/v1/manuals/" + v.volumeId() + "/versions/" + v.version(),
                    VersionView.of(v, queries.adoptedIn(v)),
                    0);
        });
    }

    @GET
    @Path("/{volumeId}/versions")
    @Operation(summary = "List a volume's versions", description = "The latest first.")
    public Page<VersionView> listManualVersions(
            @PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @BeanParam PageParams paging) {
        return queries.versions(volumeId, paging.request()).map(v -> VersionView.of(v, List.of()));
    }

    @GET
    @Path("/{volumeId}/versions/{version}")
    @Operation(summary = "One version of a volume", description = "With the feedback it took in.")
    public VersionView getManualVersion(
            @PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @PathParam("version") @Parameter(example = "2016") String version) {
        ManualVersion v = queries.version(volumeId, version);
        return VersionView.of(v, queries.adoptedIn(v));
    }

    @POST
    @Path("/{volumeId}/feedback")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Give feedback on a section of a volume",
            description =
                    "It starts OPEN. A district officer gives it for its own " + "district (403 otherwise). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "given; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedbackView.class)))
    public RestResponse<FeedbackView> giveManualFeedback(
            @PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewFeedback request) {
        return idempotency.once(idempotencyKey, request, FeedbackView.class, () -> {
            ManualFeedback f = manuals.feedback(
                    volumeId,
                    new SolutionDeskCommands.GiveFeedback(
                            request.section().strip(), request.text().strip(), request.districtCode()));
            return Responses.created(
                    "/api/v1/manuals/" + f.volumeId() + "/feedback/" + f.id(), FeedbackView.of(f), f.version());
        });
    }

    @GET
    @Path("/{volumeId}/feedback")
    @Operation(summary = "List a volume's feedback", description = "Oldest first.")
    public Page<FeedbackView> listManualFeedback(
            @PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @QueryParam("status")
                    @Parameter(
                            description = "OPEN, ADOPTED or DECLINED",
                            schema = @Schema(implementation = ManualFeedback.Status.class),
                            example = "OPEN")
                    String status,
            @BeanParam DistrictParam district,
            @BeanParam PageParams paging) {
        return queries.feedback(
                        volumeId,
                        QueryValues.enumOf(ManualFeedback.Status.class, status, "status"),
                        district.code(geography),
                        paging.request())
                .map(FeedbackView::of);
    }

    @GET
    @Path("/{volumeId}/feedback/{id}")
    @Operation(summary = "One feedback item")
    public RestResponse<FeedbackView> getManualFeedback(
            @PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId, @PathParam("id") UUID id) {
        ManualFeedback f = queries.feedbackOf(volumeId, id);
        return Responses.ok(FeedbackView.of(f), f.version());
    }

    @POST
    @Path("/{volumeId}/feedback/{id}/decline")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(summary = "Decline feedback", description = "OPEN → DECLINED with the reason (else 409). Audited.")
    public RestResponse<FeedbackView> declineManualFeedback(
            @PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @PathParam("id") UUID id,
            @NotNull @Valid DeclineInput request) {
        ManualFeedback f = manuals.decline(
                volumeId, id, new SolutionDeskCommands.Decline(request.reason().strip()));
        return Responses.ok(FeedbackView.of(f), f.version());
    }
}
