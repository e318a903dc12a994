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
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.CourseTrack;
import kr.seoul.chatdong.training.query.CourseQueries;
import kr.seoul.chatdong.training.rest.CourseViews.CourseChanges;
import kr.seoul.chatdong.training.rest.CourseViews.CourseView;
import kr.seoul.chatdong.training.rest.CourseViews.NewCourse;
import kr.seoul.chatdong.training.service.CourseService;

@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Courses", description = "교육과정: courses of the capacity-building programme")
public class CourseResource {

    @Inject
    CourseService courses;

    @Inject
    CourseQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(summary = "Offer a course")
    @APIResponse(
            responseCode = "201",
            description = "offered; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CourseView.class)))
    public RestResponse<CourseView> offerCourse(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewCourse request) {
        return idempotency.once(idempotencyKey, request, CourseView.class, () -> {
            Course course = courses.offer(request.toCommand());
            return Responses.created("/api/v1/courses/" + course.id(), CourseView.of(course), course.version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(summary = "Change a course", description = "Needs If-Match with the ETag of a GET.")
    public RestResponse<CourseView> reviseCourse(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = CourseChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<CourseChanges> patch = mergePatch.read(body, CourseChanges.class);
        Course course = courses.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(CourseView.of(course), course.version());
    }

    @GET
    @Operation(summary = "List courses", description = "By title. Filter by track, or by a field the course addresses.")
    public Page<CourseView> listCourses(
            @QueryParam("track")
                    @Parameter(
                            description = "the course track",
                            schema = @Schema(implementation = CourseTrack.class),
                            example = "BASIC")
                    String track,
            @QueryParam("field")
                    @Parameter(
                            description = "one of the four fields of the program",
                            schema = @Schema(implementation = Field.class),
                            example = "WELFARE")
                    String field,
            @BeanParam PageParams paging) {
        return queries.list(
                        QueryValues.enumOf(CourseTrack.class, track, "track"),
                        QueryValues.enumOf(Field.class, field, "field"),
                        paging.request())
                .map(CourseView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One course")
    public RestResponse<CourseView> getCourse(@PathParam("id") UUID id) {
        Course course = courses.get(id);
        return Responses.ok(CourseView.of(course), course.version());
    }
}
