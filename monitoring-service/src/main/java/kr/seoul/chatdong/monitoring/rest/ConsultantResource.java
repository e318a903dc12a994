package kr.seoul.chatdong.monitoring.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.query.ConsultingQueries;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.ConsultantChanges;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.ConsultantSummary;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.ConsultantView;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.NewConsultant;
import kr.seoul.chatdong.monitoring.service.ConsultantService;

@Path("/api/v1/consultants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Consultants", description = "컨설턴트: private experts matched to the consulting of dongs below a round's bar")
public class ConsultantResource {

    @Inject
    ConsultantService consultants;

    @Inject
    ConsultingQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @POST
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Register a consultant",
            description =
                    "The subject is the consultant's sign-in account name (the token's preferred_username, unique): "
                            + "a consultant acts on their own assignments only. From then on new assignments of the consultant's fields are "
                            + "matched to them automatically (least loaded first, never in their home district, never above capacity).")
    @APIResponse(
            responseCode = "201",
            description = "registered; Location names the consultant",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConsultantView.class)))
    public RestResponse<ConsultantView> registerConsultant(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewConsultant request) {
        return idempotency.once(idempotencyKey, request, ConsultantView.class, () -> {
            ConsultantView view = ConsultantView.of(consultants.register(request.toCommand()));
            return Responses.created("/api/v1/consultants/" + view.id(), view, view.version());
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List consultants", description = "By name, then id; each with their active assignments.")
    public Page<ConsultantSummary> listConsultants(
            @QueryParam("field")
                    @Parameter(description = "consults in this field", schema = @Schema(implementation = Field.class))
                    String field,
            @QueryParam("homeDistrictCode") @Parameter(description = "5-digit home district code", example = "11110")
                    String homeDistrictCode,
            @QueryParam("activeOn")
                    @Parameter(
                            description = "active on this day",
                            example = "2016-04-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String activeOn,
            @BeanParam PageParams paging) {
        return queries.consultants(
                        QueryValues.enumOf(Field.class, field, "field"),
                        geography.districtFilter(homeDistrictCode, "homeDistrictCode"),
                        QueryValues.date(activeOn, "activeOn"),
                        paging.request())
                .map(ConsultantSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One consultant, with the number of active assignments")
    public RestResponse<ConsultantView> getConsultant(@PathParam("id") UUID id) {
        ConsultantView view = ConsultantView.of(consultants.get(id));
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Change a consultant",
            description = "JSON merge patch; needs If-Match with the consultant's ETag. "
                    + "A lower capacity does not take assignments away; it stops new ones until the load is below it.")
    public RestResponse<ConsultantView> reviseConsultant(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ConsultantChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<ConsultantChanges> patch = mergePatch.read(body, ConsultantChanges.class);
        ConsultantView view = ConsultantView.of(consultants.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed())));
        return Responses.ok(view, view.version());
    }
}
