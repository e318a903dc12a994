package kr.seoul.chatdong.monitoring.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.monitoring.query.DueQueries;

@Path("/api/v1/districts/{code}/due")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "What is due", description = "할 일: per district, what monitoring and consulting wait for")
public class DueResource {

    @Inject
    DueQueries due;

    @GET
    @Operation(
            summary = "What is due in a district",
            description =
                    "Assessments missing in rounds in progress, consulting assignments not scheduled, visits past their date "
                            + "without a report, indicator values missing for the last closed period, follow-ups of field contacts "
                            + "open past their dueOn (kind FOLLOW_UP). 404 for an unknown district code.")
    public DueViews.DueView getDistrictDue(
            @PathParam("code") @Parameter(description = "5-digit district code", example = "11290") String code) {
        return DueViews.DueView.of(due.of(code));
    }
}
