package kr.seoul.chatdong.monitoring.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.rest.RoundViews.NewRound;
import kr.seoul.chatdong.monitoring.rest.RoundViews.RoundSummary;
import kr.seoul.chatdong.monitoring.rest.RoundViews.RoundView;
import kr.seoul.chatdong.monitoring.service.RoundService;

@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring rounds", description = "모니터링 회차: rounds of monitoring over a set of dongs")
public class RoundResource {

    @Inject
    RoundService rounds;

    @POST
    @Operation(summary = "Plan a monitoring round", description = "Every dong code must be a current 행정동 code; the round starts PLANNED.")
    @APIResponse(responseCode = "201", description = "planned; Location names the new round")
    public RestResponse<RoundView> plan(@NotNull @Valid NewRound request) {
        MonitoringRound round = rounds.plan(request);
        return Responses.created("/api/v1/rounds/" + round.id(), RoundView.of(round), round.version());
    }

    @GET
    @Operation(summary = "List monitoring rounds", description = "Newest first (by start date).")
    public Page<RoundSummary> list(
            @QueryParam("status") @Parameter(description = "PLANNED, IN_PROGRESS or COMPLETED", example = "COMPLETED") String status,
            @QueryParam("page") @Parameter(description = "page number from 0", example = "0") Integer page,
            @QueryParam("size") @Parameter(description = "page size, 1–200 (default 50)", example = "50") Integer size) {
        return rounds.list(QueryValues.enumOf(RoundStatus.class, status, "status"), PageRequest.of(page, size)).map(RoundSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One monitoring round")
    public RestResponse<RoundView> get(@PathParam("id") UUID id) {
        MonitoringRound round = rounds.get(id);
        return Responses.ok(RoundView.of(round), round.version());
    }
}
