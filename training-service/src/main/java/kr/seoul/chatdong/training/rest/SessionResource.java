package kr.seoul.chatdong.training.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.domain.AttendanceStatus;
import kr.seoul.chatdong.training.service.AttendanceService;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Sessions", description = "차시: a cohort's sessions and their attendance")
public class SessionResource {

    @Inject
    AttendanceService attendance;

    @Schema(name = "AttendanceMark", description = "One trainee's attendance of the session")
    public record AttendanceMark(
            @NotNull @Schema(required = true, examples = "e0000000-0000-4000-8000-000000000001") UUID enrolmentId,
            @NotNull @Schema(required = true, description = "PRESENT and LATE count as attended; EXCUSED hours leave the total", examples = "PRESENT") AttendanceStatus status) {

        static AttendanceMark of(AttendanceService.Mark mark) {
            return new AttendanceMark(mark.enrolmentId(), mark.status());
        }
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(summary = "Record a session's attendance", description = "Sets the mark of each enrolment named (others stay as they "
            + "were) and answers every mark of the session, by enrolment id. Each must be an ENROLLED enrolment of the session's cohort "
            + "(422 not-enrolled); not once the cohort is COMPLETED or CANCELLED (409). Completion counts PRESENT and LATE hours "
            + "against the session hours less EXCUSED ones.")
    public List<AttendanceMark> recordSessionAttendance(@PathParam("id") UUID id,
            @NotNull @Size(max = 20000) List<@NotNull @Valid AttendanceMark> marks) {
        return attendance.record(id, marks.stream().map(m -> new AttendanceService.Mark(m.enrolmentId(), m.status())).toList())
                .stream().map(AttendanceMark::of).toList();
    }

    @GET
    @Path("/{id}/attendance")
    @Operation(summary = "A session's attendance", description = "Every mark of the session, by enrolment id.")
    public List<AttendanceMark> getSessionAttendance(@PathParam("id") UUID id) {
        return attendance.marks(id).stream().map(AttendanceMark::of).toList();
    }
}
