package kr.seoul.chatdong.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.cases.query.ManualQueries;
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
@Tag(name = "Manuals", description = "업무매뉴얼: the plan's four volumes (복지·건강, 마을, 행정, 부록-방문간호사 업무 길라잡이), their versions, "
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

    @Schema(name = "NewManualVersion", description = "A published version of a volume and the feedback it took in")
    public record NewVersion(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be letters, digits, ., _ or - (it is part of the version's address)") @Schema(required = true, examples = "2016") String version,
            @NotNull @Schema(required = true, examples = "2016-04-29") LocalDate publishedOn,
            @NotNull @Min(0) @Max(1_000_000) @Schema(required = true, examples = "700") Integer copies,
            @Size(max = 500) @Schema(description = "OPEN feedback of this volume the version takes in (it becomes ADOPTED)") List<@NotNull UUID> feedbackIds) {

        SolutionDeskCommands.PublishVersion toCommand() {
            return new SolutionDeskCommands.PublishVersion(version.strip(), publishedOn, copies, feedbackIds);
        }
    }

    @Schema(name = "NewManualFeedback", description = "Feedback from a district on a section of a volume")
    public record NewFeedback(@NotBlank @Size(max = 200) @Schema(required = true, examples = "3장 방문상담 절차") String section,
            @NotBlank @Size(max = 4000) @Schema(required = true, examples = "65세 도래 어르신 방문 시 동행 인력 기준을 적어 주세요.") String text,
            @NotBlank @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit district code") @Schema(required = true, examples = "11290") String districtCode) {
    }

    @Schema(name = "DeclineManualFeedback")
    public record DeclineInput(@NotBlank @Size(max = 1200) @Schema(required = true, examples = "행정 매뉴얼의 범위 밖입니다.") String reason) {
    }

    @Schema(name = "ManualVolume")
    public record VolumeView(@Schema(examples = "welfare-health") String id, @Schema(examples = "복지·건강") String title,
            @Schema(examples = "1") int position) {

        static VolumeView of(ManualVolume v) {
            return new VolumeView(v.id(), v.title(), v.position());
        }
    }

    @Schema(name = "ManualFeedback")
    public record FeedbackView(UUID id, @Schema(examples = "welfare-health") String volumeId, @Schema(examples = "3장 방문상담 절차") String section,
            @Schema(examples = "65세 도래 어르신 방문 시 동행 인력 기준을 적어 주세요.") String text, @Schema(examples = "11290") String districtCode,
            @Schema(examples = "OPEN") ManualFeedback.Status status,
            @Schema(nullable = true, description = "the version that took it in") UUID adoptedIn,
            @Schema(nullable = true, examples = "행정 매뉴얼의 범위 밖입니다.") String declinedReason,
            @Schema(examples = "test-officer-11290@seoul.go.kr") String createdBy, Instant createdAt, @Schema(examples = "0") long version) {

        static FeedbackView of(ManualFeedback f) {
            return new FeedbackView(f.id(), f.volumeId(), f.section(), f.text(), f.districtCode(), f.status(), f.adoptedIn(), f.declinedReason(),
                    f.createdBy(), f.createdAt(), f.version());
        }
    }

    @Schema(name = "ManualVersion")
    public record VersionView(UUID id, @Schema(examples = "welfare-health") String volumeId, @Schema(examples = "2016") String version,
            @Schema(examples = "2016-04-29") LocalDate publishedOn, @Schema(examples = "700") int copies,
            @Schema(description = "the feedback it took in (lists leave it out)") List<FeedbackView> adoptedFeedback, Instant createdAt) {

        static VersionView of(ManualVersion v, List<ManualFeedback> adopted) {
            return new VersionView(v.id(), v.volumeId(), v.version(), v.publishedOn(), v.copies(), adopted.stream().map(FeedbackView::of).toList(),
                    v.createdAt());
        }
    }

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
    @Operation(summary = "Record a new version of a volume", description = "With the feedback it took in: each must be OPEN feedback of "
            + "this volume (422 unknown-feedback or feedback-of-another-volume; 409 when already ADOPTED or DECLINED); it becomes ADOPTED. "
            + "A version label twice is a 409. Audited.")
    @APIResponse(responseCode = "201", description = "recorded; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    public RestResponse<VersionView> publishManualVersion(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewVersion request) {
        return idempotency.once(idempotencyKey, request, VersionView.class, () -> {
            ManualVersion v = manuals.publish(volumeId, request.toCommand());
            return Responses.created("/api/v1/manuals/" + v.volumeId() + "/versions/" + v.version(), VersionView.of(v, queries.adoptedIn(v)), 0);
        });
    }

    @GET
    @Path("/{volumeId}/versions")
    @Operation(summary = "List a volume's versions", description = "The latest first.")
    public Page<VersionView> listManualVersions(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId, @BeanParam PageParams paging) {
        return queries.versions(volumeId, paging.request()).map(v -> VersionView.of(v, List.of()));
    }

    @GET
    @Path("/{volumeId}/versions/{version}")
    @Operation(summary = "One version of a volume", description = "With the feedback it took in.")
    public VersionView getManualVersion(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @PathParam("version") @Parameter(example = "2016") String version) {
        ManualVersion v = queries.version(volumeId, version);
        return VersionView.of(v, queries.adoptedIn(v));
    }

    @POST
    @Path("/{volumeId}/feedback")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Give feedback on a section of a volume", description = "It starts OPEN. A district officer gives it for its own "
            + "district (403 otherwise). Audited.")
    @APIResponse(responseCode = "201", description = "given; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public RestResponse<FeedbackView> giveManualFeedback(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewFeedback request) {
        return idempotency.once(idempotencyKey, request, FeedbackView.class, () -> {
            ManualFeedback f = manuals.feedback(volumeId, new SolutionDeskCommands.GiveFeedback(request.section().strip(), request.text().strip(),
                    request.districtCode()));
            return Responses.created("/api/v1/manuals/" + f.volumeId() + "/feedback/" + f.id(), FeedbackView.of(f), f.version());
        });
    }

    @GET
    @Path("/{volumeId}/feedback")
    @Operation(summary = "List a volume's feedback", description = "Oldest first.")
    public Page<FeedbackView> listManualFeedback(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @QueryParam("status") @Parameter(description = "OPEN, ADOPTED or DECLINED", schema = @Schema(implementation = ManualFeedback.Status.class), example = "OPEN") String status,
            @BeanParam DistrictParam district, @BeanParam PageParams paging) {
        return queries.feedback(volumeId, QueryValues.enumOf(ManualFeedback.Status.class, status, "status"), district.code(geography),
                paging.request()).map(FeedbackView::of);
    }

    @GET
    @Path("/{volumeId}/feedback/{id}")
    @Operation(summary = "One feedback item")
    public RestResponse<FeedbackView> getManualFeedback(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId, @PathParam("id") UUID id) {
        ManualFeedback f = queries.feedbackOf(volumeId, id);
        return Responses.ok(FeedbackView.of(f), f.version());
    }

    @POST
    @Path("/{volumeId}/feedback/{id}/decline")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(summary = "Decline feedback", description = "OPEN → DECLINED with the reason (else 409). Audited.")
    public RestResponse<FeedbackView> declineManualFeedback(@PathParam("volumeId") @Parameter(example = "welfare-health") String volumeId,
            @PathParam("id") UUID id, @NotNull @Valid DeclineInput request) {
        ManualFeedback f = manuals.decline(volumeId, id, new SolutionDeskCommands.Decline(request.reason().strip()));
        return Responses.ok(FeedbackView.of(f), f.version());
    }
}
