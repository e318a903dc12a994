package kr.seoul.chatdong.cases.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.cases.domain.PublishingCadence;
import kr.seoul.chatdong.cases.query.CaseQueries;
import kr.seoul.chatdong.cases.rest.PublishingViews.CadenceView;
import kr.seoul.chatdong.cases.rest.PublishingViews.DistrictView;
import kr.seoul.chatdong.cases.rest.PublishingViews.QuotaView;
import kr.seoul.chatdong.cases.rest.PublishingViews.WeekView;
import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/publishing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Publishing",
        description = "게시 주기: the discovery team publishes two cases a week on the homepage and Facebook, 153 a "
                + "year (the plan): one a month per discovery district, April to December")
public class PublishingResource {

    static final String QUOTA_CSV_EXAMPLE =
            "districtCode,nameKo,april,may,june,july,august,september,october,november,december,published,quota\r\n"
                    + "11290,성북구,1,1,0,1,1,1,0,1,1,7,9\r\n"
                    + "\"\",합계,12,15,14,13,16,11,12,14,10,117,153\r\n";

    @Inject
    CaseQueries cases;

    @Inject
    SeoulGeography geography;

    @GET
    @Path("/cadence")
    @Operation(
            summary = "The year's publishing cadence",
            description = "The discovery team's cases published per ISO week (Seoul time) against the target of "
                    + "two, the year against 153, channel slots per week, and the discovery districts with no published case yet. "
                    + "Only cases published in the programme's months (April–December) in a discovery district (one with a "
                    + "discovery-team member in those months) count; the answer says so in `counts`. Archived cases count in "
                    + "the week they were published.")
    public CadenceView getPublishingCadence(
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "the programme's year (its weeks: the ISO week-based year)",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year) {
        PublishingCadence c = cases.cadence(year(year));
        return new CadenceView(
                c.year(),
                c.programmeFrom(),
                c.programmeTo(),
                c.discoveryDistricts(),
                PublishingViews.CADENCE_COUNTS,
                c.perWeekTarget(),
                c.perYearTarget(),
                c.published(),
                c.yearTargetMet(),
                c.weeksMeetingTarget(),
                c.weeks().stream()
                        .map(w -> new WeekView(
                                w.week(),
                                w.from(),
                                w.to(),
                                w.inProgramme(),
                                w.published(),
                                w.targetMet(),
                                w.scheduled()))
                        .toList(),
                c.districtsWithoutPublishedCase().stream()
                        .map(code -> new DistrictView(code, name(code)))
                        .toList());
    }

    @GET
    @Path("/quota")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "The discovery team's case quota",
            description = "발굴단 게시 할당: for each discovery district of the year (a district with a discovery-team "
                    + "member in April–December; 17 in 2016) and each month April–December, the cases published (Seoul "
                    + "time, PUBLISHED or since ARCHIVED) against the month's quota of one; each month's totals, and the "
                    + "year's against districts × 9 (17 × 9 = 153). As CSV (Accept: text/csv): a row per district with "
                    + "its Korean name and one column per month, then a 합계 row.")
    @APIResponse(
            responseCode = "200",
            description = "the year's quota",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuotaView.class)),
                @Content(
                        mediaType = Csv.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        example = QUOTA_CSV_EXAMPLE)
            })
    public QuotaView getCaseQuota(
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "the programme's year",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year) {
        return QuotaView.of(cases.quota(year(year)), this::name);
    }

    private static int year(String year) {
        Integer y = QueryValues.integer(year, "year", 2000, 2100);
        if (y == null) {
            throw new DomainException.InvalidValue("year", "is required, e.g. year=2016");
        }
        return y;
    }

    private String name(String code) {
        return geography.district(code).map(d -> d.nameKo()).orElse(code);
    }
}
