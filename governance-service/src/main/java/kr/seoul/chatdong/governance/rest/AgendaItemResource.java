package kr.seoul.chatdong.governance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.query.MeetingQueries;
import kr.seoul.chatdong.governance.rest.MeetingViews.AgendaItemView;

@Path("/api/v1/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Agenda items", description = "안건: items on meetings' agendas, or pending until a meeting is scheduled")
public class AgendaItemResource {

    @Inject
    MeetingQueries meetings;

    @GET
    @Operation(summary = "List agenda items", description = "Oldest first.")
    public Page<AgendaItemView> listAgendaItems(
            @QueryParam("source")
                    @Parameter(
                            description = "where the item came from",
                            schema = @Schema(implementation = AgendaItem.Source.class),
                            example = "MONITORING")
                    String source,
            @QueryParam("roundId")
                    @Parameter(
                            description = "the monitoring round reviewed",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String roundId,
            @QueryParam("meetingId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String meetingId,
            @QueryParam("status")
                    @Parameter(
                            description = "whether it is on a meeting yet",
                            schema = @Schema(implementation = AgendaItem.Status.class))
                    String status,
            @BeanParam PageParams paging) {
        return meetings.agendaItems(
                        QueryValues.enumOf(AgendaItem.Source.class, source, "source"),
                        QueryValues.uuid(roundId, "roundId"),
                        QueryValues.uuid(meetingId, "meetingId"),
                        QueryValues.enumOf(AgendaItem.Status.class, status, "status"),
                        paging.request())
                .map(AgendaItemView::of);
    }
}
