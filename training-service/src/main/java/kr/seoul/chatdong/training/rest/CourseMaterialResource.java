package kr.seoul.chatdong.training.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import kr.seoul.chatdong.commons.documents.Documents;
import kr.seoul.chatdong.commons.documents.ExpectedDocument;
import kr.seoul.chatdong.commons.documents.ReceivedDocument;
import kr.seoul.chatdong.commons.rest.DocumentDownloads;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.rest.CourseMaterialViews.MaterialList;
import kr.seoul.chatdong.training.rest.CourseMaterialViews.MaterialView;
import kr.seoul.chatdong.training.service.CourseMaterialService;
import kr.seoul.chatdong.training.service.CourseMaterialService.Material;

/**
 * 교육자료: a course's files (PDF, HWP, HWPX, DOCX, PPTX, XLSX, up to 50 MB), uploaded as the raw
 * body and served by the platform's document rules ({@link DocumentDownloads}).
 */
@Path("/api/v1/courses/{id}/materials")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Course materials", description = "교육자료: the files of a course, for its staff and enrolled trainees")
public class CourseMaterialResource {

    private static final String FILE_TYPES = "PDF, HWP, HWPX, DOCX, PPTX or XLSX (told from the bytes, whatever the "
            + "Content-Type or the name say), at most 50 MB";

    private static final String HWP = "application/x-hwp";
    private static final String HWPX = "application/hwp+zip";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CourseMaterialService materials;

    @Inject
    Documents documents;

    @Inject
    DocumentDownloads downloads;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Attach a material to a course",
            description = "The body is the file itself: " + FILE_TYPES + " (larger: 413; another type: 415 naming "
                    + "what was found). Its name travels in `filename` (UTF-8, percent-encoded in the URL); "
                    + "nothing is stored by a refused upload. Answers the material; its download's ETag is the "
                    + "SHA-256 of the bytes.")
    @APIResponse(
            responseCode = "201",
            description = "attached; Location names the material's download",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "413", description = "the file is larger than 50 MB")
    @APIResponse(
            responseCode = "415",
            description = "the file's bytes are none of the accepted types (found names them)")
    public RestResponse<MaterialView> attachMaterial(
            @PathParam("id") UUID id,
            @QueryParam("filename")
                    @Parameter(
                            required = true,
                            description = "the original file name (Korean as it is)",
                            example = "1강_찾동의_이해.hwp")
                    String filename,
            @QueryParam("title")
                    @Parameter(required = true, description = "the material's title", example = "1강 찾아가는 동주민센터의 이해")
                    String title,
            @RequestBody(
                            required = true,
                            description = "the file's bytes",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body) {
        materials.checkAttach(id, title);
        try (ReceivedDocument received = documents.receive(body, filename)) {
            Material material = materials.attach(id, title, received);
            MaterialView view = MaterialView.of(material);
            return RestResponse.ResponseBuilder.<MaterialView>create(RestResponse.Status.CREATED)
                    .location(URI.create(view.href()))
                    .entity(view)
                    .tag(DocumentDownloads.etag(material.document()))
                    .build();
        }
    }

    @PUT
    @Path("/{materialId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Replace a material's file",
            description = "Needs If-Match with the ETag of the download (the SHA-256 of the bytes it replaces): "
                    + "428 without, 412 when the file was replaced since. The body is the new file: " + FILE_TYPES
                    + ". A `title` changes the title too.")
    @APIResponse(
            responseCode = "200",
            description = "replaced; ETag is the new bytes' SHA-256",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "413", description = "the file is larger than 50 MB")
    @APIResponse(
            responseCode = "415",
            description = "the file's bytes are none of the accepted types (found names them)")
    public RestResponse<MaterialView> replaceMaterial(
            @PathParam("id") UUID id,
            @PathParam("materialId") UUID materialId,
            @HeaderParam("If-Match")
                    @Parameter(
                            description = "the ETag of the download this replaces",
                            example = "\"3b6f1c9e0d2a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012345678\"")
                    String ifMatch,
            @QueryParam("filename")
                    @Parameter(
                            required = true,
                            description = "the new file's original name",
                            example = "1강_찾동의_이해(수정).hwp")
                    String filename,
            @QueryParam("title")
                    @Parameter(description = "a new title; the old one stays when absent", example = "1강 찾동의 이해 (개정판)")
                    String title,
            @RequestBody(
                            required = true,
                            description = "the new file's bytes",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body) {
        ExpectedDocument expected = Preconditions.expectedDocument(ifMatch);
        materials.checkReplace(id, materialId, expected, title);
        try (ReceivedDocument received = documents.receive(body, filename)) {
            Material material = materials.replace(id, materialId, expected, title, received);
            return RestResponse.ResponseBuilder.ok(MaterialView.of(material))
                    .tag(DocumentDownloads.etag(material.document()))
                    .build();
        }
    }

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.TRAINEE})
    @Operation(
            summary = "List a course's materials",
            description = "Oldest first. For trainers, city admins and the trainees with a seat in one of the "
                    + "course's cohorts (another trainee: 403).")
    public MaterialList listMaterials(@PathParam("id") UUID id) {
        var items = materials.list(id).stream().map(MaterialView::of).toList();
        return new MaterialList(items, items.size());
    }

    @GET
    @Path("/{materialId}")
    @Produces({"application/pdf", HWP, HWPX, DOCX, PPTX, XLSX, "application/problem+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.TRAINEE})
    @Operation(
            summary = "Download a material",
            description = "The bytes as uploaded, with their type, ETag (SHA-256), Content-Disposition naming the "
                    + "original file (RFC 5987 `filename*`). One `Range: bytes=a-b` answers 206 with Content-Range, "
                    + "a range past the end 416; `If-None-Match` with the ETag answers 304. For trainers, city "
                    + "admins and the course's enrolled trainees.")
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
                        description =
                                "attachment; filename=\"...\"; filename*=UTF-8''%EA%B5%90%EC%9C%A1%EC%9E%90%EB%A3%8C.pdf",
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
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(
            responseCode = "416",
            description = "the range starts past the end; Content-Range: bytes */<size>",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response downloadMaterial(
            @PathParam("id") UUID id,
            @PathParam("materialId") UUID materialId,
            @HeaderParam("Range") @Parameter(description = "one byte range", example = "bytes=0-1023") String range,
            @Context HttpHeaders headers) {
        Material material = materials.get(id, materialId);
        return downloads.serve(material.document(), headers);
    }
}
