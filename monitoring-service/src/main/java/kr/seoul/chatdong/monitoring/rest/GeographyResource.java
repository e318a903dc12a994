package kr.seoul.chatdong.monitoring.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.openapi.PlatformOpenApiFilter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.ConditionalGet;
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.query.DistrictView;
import kr.seoul.chatdong.monitoring.query.DongView;
import kr.seoul.chatdong.monitoring.query.GeographyQueries;
import kr.seoul.chatdong.monitoring.query.PhaseView;
import kr.seoul.chatdong.monitoring.query.RolloutView;
import kr.seoul.chatdong.monitoring.rest.GeographyViews.PhaseAssignment;
import kr.seoul.chatdong.monitoring.service.GeographyService;

/** Seoul's districts and dongs with their roll-out phases: the one reference every service and system uses. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference geography", description = "자치구·행정동 and the program's roll-out phases (사업 단계)")
public class GeographyResource {

    @Inject
    GeographyQueries geography;

    @Inject
    GeographyService rollout;

    @Inject
    SeoulGeography reference;

    @Inject
    ConditionalGet conditional;

    @Context
    Request request;

    @GET
    @PermitAll
    @Path("/districts")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "List Seoul's 25 districts",
            description = "In district-code order. Filter by the roll-out phase in which a district joined.")
    @Extension(name = PlatformOpenApiFilter.CONDITIONAL_GET, value = "true")
    public RestResponse<Page<DistrictView>> listDistricts(
            @QueryParam("phase") @Parameter(description = "roll-out phase, 1–3", example = "1") String phase,
            @BeanParam PageParams paging) {
        return conditional.ok(
                request,
                geography.districts(QueryValues.integer(phase, "phase", 1, 3), paging.request()),
                ConditionalGet.REVALIDATE);
    }

    @GET
    @PermitAll
    @Path("/districts/{code}")
    @Operation(summary = "One district", description = "404 when the code is not one of the 25 district codes.")
    @Extension(name = PlatformOpenApiFilter.CONDITIONAL_GET, value = "true")
    public RestResponse<DistrictView> getDistrict(@PathParam("code") @Parameter(example = "11290") String code) {
        return conditional.ok(request, geography.district(code), ConditionalGet.REVALIDATE);
    }

    @GET
    @PermitAll
    @Path("/districts/{code}/rollout")
    @Operation(
            summary = "The phase in which a whole district joined",
            description = "404 while the district has no whole-district assignment.")
    public RestResponse<RolloutView> getDistrictRollout(@PathParam("code") @Parameter(example = "11290") String code) {
        RolloutView view = geography.districtRollout(code);
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Roles.CITY_ADMIN)
    @Path("/districts/{code}/rollout")
    @Operation(
            summary = "Set the phase in which every dong of a district joined",
            description = "For a district that joined with all its dongs; a dong's own assignment still wins. "
                    + "A first assignment needs no If-Match; changing one needs If-Match with its ETag.")
    public RestResponse<RolloutView> assignDistrictRollout(
            @PathParam("code") @Parameter(example = "11110") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PhaseAssignment body) {
        RolloutView view = RolloutView.of(rollout.assignDistrict(code, body.phase(), Preconditions.expected(ifMatch)));
        return Responses.ok(view, view.version());
    }

    @GET
    @PermitAll
    @Path("/dongs")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "List administrative dongs",
            description = "In dong-code order (so grouped by district). 426 dongs as of 2025-04-01.")
    @Extension(name = PlatformOpenApiFilter.CONDITIONAL_GET, value = "true")
    public RestResponse<Page<DongView>> listDongs(
            @BeanParam DistrictParam district,
            @QueryParam("phase") @Parameter(description = "roll-out phase, 1–3", example = "1") String phase,
            @QueryParam("q") @Size(max = 40) @Parameter(description = "part of the Korean name", example = "성북")
                    String q,
            @BeanParam PageParams paging) {
        return conditional.ok(
                request,
                geography.dongs(
                        district.code(reference), QueryValues.integer(phase, "phase", 1, 3), q, paging.request()),
                ConditionalGet.REVALIDATE);
    }

    @GET
    @PermitAll
    @Path("/dongs/{code}")
    @Operation(summary = "One administrative dong", description = "404 when the code is not a current Seoul 행정동 code.")
    @Extension(name = PlatformOpenApiFilter.CONDITIONAL_GET, value = "true")
    public RestResponse<DongView> getDong(@PathParam("code") @Parameter(example = "1129052500") String code) {
        return conditional.ok(request, geography.dong(code), ConditionalGet.REVALIDATE);
    }

    @GET
    @PermitAll
    @Path("/dongs/{code}/rollout")
    @Operation(
            summary = "The phase in which one dong joined, when set for the dong itself",
            description = "404 while it has none of its own.")
    public RestResponse<RolloutView> getDongRollout(@PathParam("code") @Parameter(example = "1111053000") String code) {
        RolloutView view = geography.dongRollout(code);
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Roles.CITY_ADMIN)
    @Path("/dongs/{code}/rollout")
    @Operation(
            summary = "Set the phase in which one dong joined",
            description = "Changing an existing assignment needs If-Match with its ETag.")
    public RestResponse<RolloutView> assignDongRollout(
            @PathParam("code") @Parameter(example = "1111053000") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PhaseAssignment body) {
        RolloutView view = RolloutView.of(rollout.assignDong(code, body.phase(), Preconditions.expected(ifMatch)));
        return Responses.ok(view, view.version());
    }

    @GET
    @PermitAll
    @Path("/rollout-phases")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "The roll-out phases",
            description =
                    "Planned districts and dongs per phase (from the 2016 plan) against those assigned so far, cumulative.")
    @Extension(name = PlatformOpenApiFilter.CONDITIONAL_GET, value = "true")
    public RestResponse<Page<PhaseView>> listRolloutPhases() {
        return conditional.ok(
                request, Page.slice(geography.phases(), PageRequest.firstPage()), ConditionalGet.REVALIDATE);
    }

    @GET
    @PermitAll
    @Path("/dongs/boundaries")
    @Produces(GEO_JSON)
    @Extension(name = PlatformOpenApiFilter.CONDITIONAL_GET, value = "true")
    @Operation(
            summary = "The boundaries of Seoul's 426 administrative dongs (GeoJSON)",
            description =
                    "One FeatureCollection for maps: each feature a Polygon (WGS84) with properties code, name_ko, "
                            + "district_code and district_name_ko; `attribution` and `license` members carry what the licences "
                            + "(CC BY 4.0, KOGL Type 1) require — show the attribution with any map drawn from it. About 0.47 MB; "
                            + "cache it (Cache-Control, ETag).")
    @APIResponse(
            responseCode = "200",
            description = "the GeoJSON FeatureCollection",
            content = @Content(mediaType = GEO_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public RestResponse<byte[]> getDongBoundaries() {
        byte[] body = reference.boundaries();
        return conditional.ok(request, body, BOUNDARIES_TAG.get(() -> ConditionalGet.etag(body)), BOUNDARIES_CACHE);
    }

    static final String GEO_JSON = "application/geo+json";
    private static final CacheControl BOUNDARIES_CACHE = CacheControl.valueOf("public, max-age=86400");
    private static final Lazy<EntityTag> BOUNDARIES_TAG = new Lazy<>();

    /** A value computed once, on first use. */
    static final class Lazy<T> {
        private volatile T value;

        T get(java.util.function.Supplier<T> compute) {
            T v = value;
            if (v == null) {
                v = compute.get();
                value = v;
            }
            return v;
        }
    }
}
