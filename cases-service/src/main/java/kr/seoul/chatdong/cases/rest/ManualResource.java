package kr.seoul.chatdong.cases.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.cases.query.ManualQueries;
import kr.seoul.chatdong.cases.rest.ManualViews.ApproveInput;
import kr.seoul.chatdong.cases.rest.ManualViews.DeclineInput;
import kr.seoul.chatdong.cases.rest.ManualViews.DistributeInput;
import kr.seoul.chatdong.cases.rest.ManualViews.DocumentView;
import kr.seoul.chatdong.cases.rest.ManualViews.FeedbackView;
import kr.seoul.chatdong.cases.rest.ManualViews.NewFeedback;
import kr.seoul.chatdong.cases.rest.ManualViews.NewVersion;
import kr.seoul.chatdong.cases.rest.ManualViews.NewVolume;
import kr.seoul.chatdong.cases.rest.ManualViews.VersionView;
import kr.seoul.chatdong.cases.rest.ManualViews.VolumeView;
import kr.seoul.chatdong.cases.service.ManualDocumentService;
import kr.seoul.chatdong.cases.service.ManualService;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands;
import kr.seoul.chatdong.commons.documents.Documents;
import kr.seoul.chatdong.commons.documents.ExpectedDocument;
import kr.seoul.chatdong.commons.documents.ReceivedDocument;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.DocumentDownloads;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/manuals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Manuals",
        description = "업무매뉴얼: volumes of manuals, handbooks and guidelines (seeded: the plan's four 2015 volumes and "
                + "the three of 2016), their versions from DRAFTING through IN_REVIEW and APPROVED (by a council decision) "
                + "to DISTRIBUTED, and the field's feedback and solution-desk questions a version takes in")
public class ManualResource {

    @Inject
    ManualService manuals;

    @Inject
    ManualDocumentService manualDocuments;

    @Inject
    ManualQueries queries;

    @Inject
    Documents documents;

    @Inject
    DocumentDownloads downloads;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(
            summary = "List the manual volumes",
            description =
                    "In their order: the plan's four 2015 volumes, the three of 2016, then those editors created; "
                            + "each with its latest version's number and status.")
    public List<VolumeView> listManualVolumes() {
        Map<String, ManualVersion> latest = queries.latestVersions();
        return queries.volumes().stream()
                .map(v -> VolumeView.of(v, latest.get(v.id())))
                .toList();
    }

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Create a manual volume",
            description =
                    "A MANUAL, HANDBOOK or GUIDELINE for an audience (training's audiences or SUPPORT_TEAM), listed "
                            + "after the others, with version 1 in DRAFTING. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VolumeView.class)))
    public RestResponse<VolumeView> createManualVolume(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewVolume request) {
        return idempotency.once(idempotencyKey, request, VolumeView.class, () -> {
            ManualVolume v = manuals.create(request.toCommand());
            return Responses.created(
                    "/api/v1/manuals/" + v.id(),
                    VolumeView.of(v, queries.latestVersions().get(v.id())),
                    0);
        });
    }

    @GET
    @Path("/{volumeId}")
    @Operation(summary = "One manual volume", description = "With its latest version's number and status.")
    public VolumeView getManualVolume(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId) {
        return VolumeView.of(queries.volume(volumeId), queries.latestVersions().get(volumeId));
    }

    @POST
    @Path("/{volumeId}/versions")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Start the next version of a volume",
            description = "Numbered after the volume's last, in DRAFTING; the body may be empty. It takes in the "
                    + "feedback named: each must be OPEN feedback of this volume (422 unknown-feedback or "
                    + "feedback-of-another-volume; 409 when already ADOPTED or DECLINED); it becomes ADOPTED. "
                    + "A label twice is a 409. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "started; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VersionView.class)))
    public RestResponse<VersionView> startManualVersion(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid NewVersion body) {
        NewVersion request = body == null ? NewVersion.EMPTY : body;
        return idempotency.once(idempotencyKey, request, VersionView.class, () -> {
            ManualVersion v = manuals.startVersion(volumeId, request.toCommand());
            return Responses.created(
                    "/api/v1/manuals/" + v.volumeId() + "/versions/" + v.number(), detail(v), v.rowVersion());
        });
    }

    @GET
    @Path("/{volumeId}/versions")
    @Operation(summary = "List a volume's versions", description = "The latest first.")
    public Page<VersionView> listManualVersions(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @BeanParam PageParams paging) {
        return queries.versions(volumeId, paging.request())
                .map(v -> VersionView.of(v, queries.documentOf(v).orElse(null)));
    }

    @GET
    @Path("/{volumeId}/versions/{version}")
    @Operation(
            summary = "One version of a volume",
            description = "With its status, the steps allowed from there, and the feedback and questions it took in.")
    public RestResponse<VersionView> getManualVersion(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @PathParam("version") @Parameter(example = "1") int version) {
        return answer(queries.version(volumeId, version));
    }

    private static final String STEP = "If-Match with the version's ETag is checked when sent (412 when stale). "
            + "A step out of order is a 409 naming currentState and allowedSteps. Audited. ";

    @POST
    @Path("/{volumeId}/versions/{version}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(summary = "Submit a version for review", description = STEP + "DRAFTING → IN_REVIEW; no body.")
    public RestResponse<VersionView> submitManualVersion(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @PathParam("version") @Parameter(example = "1") int version,
            @HeaderParam("If-Match") String ifMatch) {
        return answer(manuals.submit(volumeId, version, Preconditions.expected(ifMatch)));
    }

    @POST
    @Path("/{volumeId}/versions/{version}/approve")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Approve a version by a council's decision",
            description = STEP + "IN_REVIEW → APPROVED. The decision (of any council) must be one governance "
                    + "recorded and cases has seen on decision.recorded, of that meeting: else 422 unknown-decision.")
    public RestResponse<VersionView> approveManualVersion(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @PathParam("version") @Parameter(example = "1") int version,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ApproveInput request) {
        return answer(manuals.approve(volumeId, version, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{volumeId}/versions/{version}/distribute")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Distribute an approved version",
            description = STEP + "APPROVED → DISTRIBUTED today (Seoul), with the printed copies and the channels "
                    + "(PRINT, WEB, BRIEFING). The version is final from then on.")
    public RestResponse<VersionView> distributeManualVersion(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @PathParam("version") @Parameter(example = "1") int version,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DistributeInput request) {
        return answer(manuals.distribute(volumeId, version, Preconditions.expected(ifMatch), request.toCommand()));
    }

    private VersionView detail(ManualVersion v) {
        return VersionView.of(v, queries.documentOf(v).orElse(null), queries.adoptedIn(v), queries.adoptedQuestions(v));
    }

    private RestResponse<VersionView> answer(ManualVersion v) {
        return Responses.ok(detail(v), v.rowVersion());
    }

    private static final String HWP = "application/x-hwp";
    private static final String HWPX = "application/hwp+zip";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @PUT
    @Path("/{volumeId}/versions/{version}/document")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Upload a version's document",
            description = "The body is the file itself: PDF, HWP, HWPX, DOCX, PPTX or XLSX (told from the bytes, "
                    + "whatever the Content-Type or the name say), at most 50 MB (larger: 413; another type: 415 "
                    + "naming what was found). Its name travels in `filename` (UTF-8, percent-encoded in the URL). "
                    + "Only while the version is DRAFTING or IN_REVIEW: an APPROVED or DISTRIBUTED version's "
                    + "document is what was approved (409 with currentState). Replacing a document needs If-Match "
                    + "with its ETag (the SHA-256 of its bytes): 428 without, 412 when it was replaced since. "
                    + "Nothing is stored by a refused upload. Answers the document; its ETag is the SHA-256. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "replaced; ETag is the new bytes' SHA-256",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(
            responseCode = "201",
            description = "the version's first document; Location names its download, ETag is its SHA-256",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "413", description = "the file is larger than 50 MB")
    @APIResponse(
            responseCode = "415",
            description = "the file's bytes are none of the accepted types (found names them)")
    public RestResponse<DocumentView> uploadManualDocument(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @PathParam("version") @Parameter(example = "1") int version,
            @HeaderParam("If-Match")
                    @Parameter(
                            description = "the ETag of the document this replaces (not needed for the first)",
                            example = "\"3b6f1c9e0d2a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012345678\"")
                    String ifMatch,
            @QueryParam("filename")
                    @Parameter(
                            required = true,
                            description = "the original file name (Korean as it is)",
                            example = "자치구_추진지원단_운영매뉴얼_2016.hwp")
                    String filename,
            @RequestBody(
                            required = true,
                            description = "the file's bytes",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body) {
        ExpectedDocument expected = Preconditions.expectedDocument(ifMatch);
        manualDocuments.checkUpload(volumeId, version, expected);
        try (ReceivedDocument received = documents.receive(body, filename)) {
            ManualDocumentService.Uploaded uploaded = manualDocuments.upload(volumeId, version, expected, received);
            DocumentView view = DocumentView.of(uploaded.version(), uploaded.document());
            RestResponse.ResponseBuilder<DocumentView> response = uploaded.first()
                    ? RestResponse.ResponseBuilder.<DocumentView>create(RestResponse.Status.CREATED)
                            .location(URI.create(view.href()))
                    : RestResponse.ResponseBuilder.ok();
            return response.entity(view)
                    .tag(DocumentDownloads.etag(uploaded.document()))
                    .build();
        }
    }

    @GET
    @Path("/{volumeId}/versions/{version}/document")
    @Produces({"application/pdf", HWP, HWPX, DOCX, PPTX, XLSX, "application/problem+json"})
    @Operation(
            summary = "Download a version's document",
            description = "The bytes as uploaded, with their type, ETag (SHA-256), Content-Disposition naming the "
                    + "original file (RFC 5987 `filename*`). One `Range: bytes=a-b` answers 206 with Content-Range, "
                    + "a range past the end 416; `If-None-Match` with the ETag answers 304. For anyone signed in; "
                    + "an APPROVED or DISTRIBUTED version's document is the one the council approved. 404 while the "
                    + "version has none.")
    @APIResponse(
            responseCode = "200",
            description = "the file",
            headers = {
                @Header(
                        name = "ETag",
                        description = "the SHA-256 of the bytes, quoted",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Content-Disposition",
                        description = "attachment; filename=\"...\"; filename*=UTF-8''%EB%A7%A4%EB%89%B4%EC%96%BC.hwp",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Accept-Ranges", description = "bytes", schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = HWP, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = HWPX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = PPTX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "206",
            description = "the part asked for by Range",
            headers =
                    @Header(
                            name = "Content-Range",
                            description = "bytes 0-1023/14848",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = HWP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(
            responseCode = "416",
            description = "the range starts past the end; Content-Range: bytes */<size>",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response downloadManualDocument(
            @PathParam("volumeId") @Parameter(example = "support-team-operations") String volumeId,
            @PathParam("version") @Parameter(example = "1") int version,
            @HeaderParam("Range") @Parameter(description = "one byte range", example = "bytes=0-1023") String range,
            @Context HttpHeaders headers) {
        return downloads.serve(queries.document(volumeId, version), headers);
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
