package kr.seoul.chatdong.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.query.AgendaRoutingQueries;
import kr.seoul.chatdong.governance.query.AgendaRoutingRow;
import kr.seoul.chatdong.governance.rest.AgendaRoutingViews.RoutingInput;
import kr.seoul.chatdong.governance.rest.AgendaRoutingViews.RoutingView;
import kr.seoul.chatdong.governance.service.AgendaRoutingService;

@Path("/api/v1/agenda-routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Agenda routing",
        description = "안건 회부: which council receives the agenda items a completed round or the evaluation derives")
public class AgendaRoutingResource {

    @Inject
    AgendaRoutingQueries queries;

    @Inject
    AgendaRoutingService routing;

    @GET
    @Path("/{source}")
    @Operation(
            summary = "Which council receives a source's agenda items",
            description = "Both sources go to the 운영위원회 until a city admin routes them elsewhere.")
    public RestResponse<RoutingView> getAgendaRouting(
            @PathParam("source")
                    @Parameter(schema = @Schema(implementation = AgendaRouting.Source.class), example = "MONITORING")
                    String source) {
        AgendaRoutingRow row = queries.routing(source(source));
        return Responses.ok(RoutingView.of(row), row.version());
    }

    @PUT
    @Path("/{source}")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Route a source's agenda items to a council",
            description =
                    "A city admin's; needs If-Match with the ETag of a GET. Items already on a meeting stay there; reviews still "
                            + "waiting go on the new council's next meeting. A dissolved council is a 422 (rule council-not-active).")
    public RestResponse<RoutingView> putAgendaRouting(
            @PathParam("source")
                    @Parameter(schema = @Schema(implementation = AgendaRouting.Source.class), example = "MONITORING")
                    String source,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RoutingInput request) {
        AgendaRouting.Source s = source(source);
        routing.route(s, Preconditions.expected(ifMatch), request.councilId());
        AgendaRoutingRow row = queries.routing(s);
        return Responses.ok(RoutingView.of(row), row.version());
    }

    private static AgendaRouting.Source source(String value) {
        return QueryValues.requiredEnumOf(AgendaRouting.Source.class, value, "source");
    }
}
