package kr.seoul.chatdong.training.rest;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.rest.SessionViews.AttendanceMark;
import kr.seoul.chatdong.training.rest.SessionViews.CheckInCodeView;
import kr.seoul.chatdong.training.rest.SessionViews.CheckInRequest;
import kr.seoul.chatdong.training.rest.SessionViews.SheetReport;
import kr.seoul.chatdong.training.service.AttendanceService;
import kr.seoul.chatdong.training.service.CheckInService;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Sessions",
        description = "차시: a cohort's sessions, their attendance, QR self check-in and paper sign-in sheets")
public class SessionResource {

    static final String SHEET_EXAMPLE = "사번,이름,출결\r\nS2016-0042,김복지,출석\r\nS2016-0043,이간호,지각\r\n,박행정,O\r\n";
    private static final int MAX_MARKS = 20000;

    @Inject
    AttendanceService attendance;

    @Inject
    CheckInService checkIns;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @PUT
    @Path("/{id}/attendance")
    @Consumes({MediaType.APPLICATION_JSON, CohortResource.TEXT_CSV})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Record a session's attendance, or import a paper sign-in sheet",
            description = "**JSON** "
                    + "`[{enrolmentId, status}]`: sets the mark of each enrolment named (others stay as they were) and answers every mark of "
                    + "the session, by enrolment id. Each must be an ENROLLED enrolment of the session's cohort (422 not-enrolled).\n\n"
                    + "**CSV** (`Content-Type: text/csv`): a paper sign-in sheet typed into a spreadsheet and saved as CSV UTF-8 (with or "
                    + "without BOM, Excel quoting, LF or CRLF). Header (any order): a trainee column — `enrolmentId`, `employeeNo` (사번) or "
                    + "`name` (이름, 성명) with `organisation` (소속) when two share a name — and `status` (출결): PRESENT, LATE, ABSENT, "
                    + "EXCUSED, or 출석, 지각, 결석, 공결, or O / X. Rows naming one ENROLLED trainee are set; the others come back in "
                    + "`rejected:[{line, reason}]` (the header is line 1), as in the CSV enrolment. An unreadable header or a body that is not "
                    + "UTF-8 CSV is a 400 and nothing is set.\n\nNot once the cohort is COMPLETED or CANCELLED (409). Completion counts PRESENT "
                    + "and LATE hours against the session hours less EXCUSED ones.")
    @APIResponse(
            responseCode = "200",
            description = "JSON: the session's marks (this schema); CSV: what the sheet did, an "
                    + "AttendanceSheetReport {accepted, rejected:[{line, reason}]}",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AttendanceMark.class)))
    public Response recordSessionAttendance(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema =
                                                @Schema(
                                                        type = SchemaType.ARRAY,
                                                        implementation = AttendanceMark.class)),
                                @Content(
                                        mediaType = CohortResource.TEXT_CSV,
                                        schema = @Schema(type = SchemaType.STRING),
                                        examples =
                                                @ExampleObject(
                                                        name = "sheet",
                                                        summary = "a paper sheet: 사번, 이름, 출결",
                                                        value = SHEET_EXAMPLE))
                            })
                    byte[] body)
            throws IOException {
        if (contentType != null
                && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(CohortResource.TEXT_CSV))) {
            return Response.ok(SheetReport.of(attendance.importSheet(id, body))).build();
        }
        List<AttendanceMark> marks = JsonBody.read(
                json,
                validator,
                body,
                json.getTypeFactory().constructCollectionType(List.class, AttendanceMark.class),
                "a JSON array [{enrolmentId, status}], or a sign-in sheet with Content-Type text/csv");
        if (marks.size() > MAX_MARKS) {
            throw ProblemException.invalid("body", "has " + marks.size() + " marks; at most " + MAX_MARKS);
        }
        return Response.ok(attendance
                        .record(
                                id,
                                marks.stream()
                                        .map(m -> new AttendanceService.Mark(m.enrolmentId(), m.status()))
                                        .toList())
                        .stream()
                        .map(AttendanceMark::of)
                        .toList())
                .build();
    }

    @GET
    @Path("/{id}/attendance")
    @Operation(summary = "A session's attendance", description = "Every mark of the session, by enrolment id.")
    public List<AttendanceMark> getSessionAttendance(@PathParam("id") UUID id) {
        return attendance.marks(id).stream().map(AttendanceMark::of).toList();
    }

    @POST
    @Path("/{id}/check-in-codes")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Issue a check-in code for a session (QR)",
            description =
                    "A fresh six-character code, valid for "
                            + "chatdong.training.check-in.code-ttl (default 10 minutes), with the check-in URL it stands for and that URL's QR code as "
                            + "a PNG (base64 in `qrPng`, and at `qrPngUrl` while the code is valid). Show it at the session. Each call issues a new code (earlier ones stay valid until they expire); only the "
                            + "code's SHA-256 is stored. Not after the session has ended, nor once the cohort is COMPLETED or CANCELLED (409). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "issued; Location is the QR image",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckInCodeView.class)))
    public RestResponse<CheckInCodeView> issueCheckInCode(@PathParam("id") UUID id) {
        CheckInService.IssuedCode issued = checkIns.issue(id);
        String png = "/api/v1/sessions/" + id + "/check-in-codes/" + issued.code() + "/qr.png";
        CheckInCodeView view = new CheckInCodeView(
                id,
                issued.code(),
                issued.expiresAt(),
                issued.checkInUrl(),
                png,
                Base64.getEncoder().encodeToString(QrPng.of(issued.checkInUrl())));
        return Responses.created(png, view, 0);
    }

    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    @Operation(
            summary = "Check in to a session with its code (trainee)",
            description = "The calling trainee (token role `trainee`; "
                    + "the trainee whose record is linked to the token's account name, see POST /api/v1/trainees `account`) is marked PRESENT in the session. Refused before the "
                    + "session starts or after it ends (409), with a wrong or expired code (422), or when the trainee is not ENROLLED in the "
                    + "session's cohort (422). Checking in twice keeps one PRESENT mark. Audited.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckInRequest.class),
                            examples = @ExampleObject(name = "code", value = "{\"code\":\"K7QM2X\"}")))
    @APIResponse(
            responseCode = "200",
            description = "marked PRESENT",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceMark.class)))
    public AttendanceMark checkInToSession(@PathParam("id") UUID id, @NotNull CheckInRequest request) {
        return AttendanceMark.of(checkIns.checkIn(id, request.code()));
    }

    @GET
    @Path("/{id}/check-in-codes/{code}/qr.png")
    @Produces({QrPng.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "The QR image of a check-in code",
            description = "A 320×320 PNG of the code's check-in URL, while the code is "
                    + "valid (404 for an unknown or expired code).")
    @APIResponse(
            responseCode = "200",
            description = "the QR code",
            content =
                    @Content(
                            mediaType = QrPng.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getCheckInCodeImage(
            @PathParam("id") UUID id,
            @PathParam("code") @Parameter(description = "the code", example = "K7QM2X") String code) {
        return Response.ok(QrPng.of(checkIns.urlOfValidCode(id, code)), QrPng.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .build();
    }
}
