package kr.seoul.chatdong.training.rest;

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
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.query.TrainingNeedQueries;
import kr.seoul.chatdong.training.rest.TrainingNeedViews.TrainingNeedView;

@Path("/api/v1/training-needs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Training needs",
        description = "교육 수요: needs found by monitoring rounds and asked for by the districts' support teams' demand "
                + "surveys (POST /training-demand), matched to the courses that address them")
public class TrainingNeedResource {

    @Inject
    TrainingNeedQueries needs;

    @Inject
    SeoulGeography geography;

    @GET
    @Operation(
            summary = "List training needs",
            description = "Newest first, then by dong and field; needs of both sources unless source names one.")
    public Page<TrainingNeedView> listTrainingNeeds(
            @QueryParam("source")
                    @Parameter(
                            description = "MONITORING (a round's dong and field below the bar) or DEMAND_SURVEY (a "
                                    + "district support team's demand survey)",
                            schema = @Schema(implementation = TrainingNeed.Source.class))
                    String source,
            @QueryParam("roundId")
                    @Parameter(
                            description = "the monitoring round that revealed them",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String roundId,
            @BeanParam DistrictParam district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code") String dongCode,
            @QueryParam("field")
                    @Parameter(
                            description = "one of the four fields of the program",
                            schema = @Schema(implementation = Field.class))
                    String field,
            @QueryParam("status")
                    @Parameter(
                            description =
                                    "OPEN, WITHDRAWN (a corrected score no longer below the bar) or MET (trainees of the dong completed a course of the field)",
                            schema = @Schema(implementation = TrainingNeed.Status.class))
                    String status,
            @BeanParam PageParams paging) {
        return needs.list(
                        QueryValues.enumOf(TrainingNeed.Source.class, source, "source"),
                        QueryValues.uuid(roundId, "roundId"),
                        district.code(geography),
                        geography.dongFilter(dongCode, "dongCode"),
                        QueryValues.enumOf(Field.class, field, "field"),
                        QueryValues.enumOf(TrainingNeed.Status.class, status, "status"),
                        paging.request())
                .map(TrainingNeedView::of);
    }
}
