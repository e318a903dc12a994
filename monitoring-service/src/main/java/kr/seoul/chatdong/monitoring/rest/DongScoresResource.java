package kr.seoul.chatdong.monitoring.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.monitoring.query.ResultsQueries;
import kr.seoul.chatdong.monitoring.rest.ResultsViews.DongScoresView;

/**
 * A dong's scores over the years (also as a spreadsheet); a round's results are a read of the
 * round ({@link RoundResource#getRoundResults}). Shares the /api/v1 prefix with the reference
 * geography, whose dong paths are public, while scores need a token.
 */
@Path("/api/v1")
@Authenticated
@Tag(name = "Dong scores", description = "점수 추이: a dong's scores across the monitoring rounds")
public class DongScoresResource {

    @Inject
    ResultsQueries results;

    @GET
    @Path("/dongs/{code}/scores")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "A dong's scores across rounds",
            description =
                    "Every round the dong was in scope of that has started (IN_PROGRESS or COMPLETED), oldest first by start "
                            + "date: its four scores, their mean and the change of each from the round before in this list. "
                            + "404 when the code is not a current Seoul 행정동 code. As CSV (Accept: text/csv): one row per round.")
    @APIResponse(
            responseCode = "200",
            description = "the dong and its rounds",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DongScoresView.class)),
                @Content(
                        mediaType = Csv.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        example = ResultsViews.SCORES_CSV_EXAMPLE)
            })
    public DongScoresView getDongScores(
            @PathParam("code") @Parameter(description = "10-digit 행정동 code", example = "1129052500") String code) {
        return DongScoresView.of(results.ofDong(code));
    }
}
