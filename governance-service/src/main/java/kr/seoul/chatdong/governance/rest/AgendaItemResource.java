package kr.seoul.chatdong.governance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.repository.AgendaItemRepository;
import kr.seoul.chatdong.governance.rest.MeetingViews.AgendaItemView;

@Path("/api/v1/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Agenda items", description = "안건: items on meetings' agendas, or pending until a meeting is scheduled")
public class AgendaItemResource {

    @Inject
    AgendaItemRepository agenda;

    @GET
    @Operation(summary = "List agenda items", description = "Oldest first.")
    public Page<AgendaItemView> list(
            @QueryParam("source") @Parameter(description = "MANUAL or MONITORING", example = "MONITORING") String source,
            @QueryParam("roundId") @Parameter(description = "the monitoring round reviewed") String roundId,
            @QueryParam("meetingId") String meetingId,
            @QueryParam("status") @Parameter(description = "PENDING or SCHEDULED") String status,
            @QueryParam("page") @Parameter(description = "page number from 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "page size, 1–200 (default 50)", example = "50") String size) {
        return agenda.list(QueryValues.enumOf(AgendaItem.Source.class, source, "source"), QueryValues.uuid(roundId, "roundId"),
                QueryValues.uuid(meetingId, "meetingId"), QueryValues.enumOf(AgendaItem.Status.class, status, "status"),
                PageRequest.of(page, size)).map(AgendaItemView::of);
    }
}
