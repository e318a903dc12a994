package kr.seoul.chatdong.cases.rest;

import jakarta.inject.Inject;
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

import kr.seoul.chatdong.cases.domain.PublishingCadence;
import kr.seoul.chatdong.cases.query.CaseQueries;
import kr.seoul.chatdong.cases.rest.PublishingViews.CadenceView;
import kr.seoul.chatdong.cases.rest.PublishingViews.DistrictView;
import kr.seoul.chatdong.cases.rest.PublishingViews.WeekView;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/publishing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Publishing", description = "게시 주기: two cases a week on the homepage and Facebook, 153 a year (the plan)")
public class PublishingResource {

    @Inject
    CaseQueries cases;

    @Inject
    SeoulGeography geography;

    @GET
    @Path("/cadence")
    @Operation(
            summary = "The year's publishing cadence",
            description = "Cases published per ISO week (Seoul time) against the target of "
                    + "two, the year against 153, channel slots per week, and the districts with no published case yet. Archived cases count in "
                    + "the week they were published.")
    public CadenceView getPublishingCadence(
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "ISO week-based year",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year) {
        Integer y = QueryValues.integer(year, "year", 2000, 2100);
        if (y == null) {
            throw new DomainException.InvalidValue("year", "is required, e.g. year=2016");
        }
        PublishingCadence c = cases.cadence(y);
        return new CadenceView(
                c.year(),
                c.perWeekTarget(),
                c.perYearTarget(),
                c.published(),
                c.yearTargetMet(),
                c.weeksMeetingTarget(),
                c.weeks().stream()
                        .map(w -> new WeekView(w.week(), w.from(), w.to(), w.published(), w.targetMet(), w.scheduled()))
                        .toList(),
                c.districtsWithoutPublishedCase().stream()
                        .map(code -> new DistrictView(
                                code,
                                geography.district(code).map(d -> d.nameKo()).orElse(code)))
                        .toList());
    }
}
