package kr.seoul.chatdong.monitoring.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.monitoring.domain.PublishedReport;
import kr.seoul.chatdong.monitoring.query.YearlyReport;
import kr.seoul.chatdong.monitoring.service.YearlyReports;

@Path("/api/v1/reports")
@Authenticated
@Tag(
        name = "Yearly report",
        description =
                "연간 평가보고서 (2016 plan §7): how the programme did in a year — roll-out, rounds, consulting, "
                        + "indicators, surveys, training, cases, governance — as JSON or a Korean PDF; published versions are frozen")
public class ReportResource {

    private static final String PDF = "application/pdf";

    @Inject
    YearlyReports reports;

    @GET
    @Path("/{year}")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(
            summary = "A year's evaluation report (JSON or PDF)",
            description = "Without `version`: the newest published version (`version: n`) when there is one, else a "
                    + "draft computed now (`version: null`). `version=latest` always computes now; `version=n` answers "
                    + "published version n byte for byte, as when it was published (404 when there is none). "
                    + "`Accept: application/pdf` gives the same report as a Korean PDF. Years 2015 to next year; "
                    + "others 404. A year with no data answers every section with zeros. Training, cases and governance "
                    + "come from the events those services publish (cohort.completed, targets.set, case.published, "
                    + "meeting.held, action-item.overdue); monitoring calls no other service.")
    @APIResponse(
            responseCode = "200",
            description = "the report",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearlyReport.class)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response getYearlyReport(
            @PathParam("year") @Parameter(description = "2015 to next year", example = "2016") int year,
            @QueryParam("version")
                    @Parameter(
                            description = "`latest` (computed now) or a published version number; absent: the newest "
                                    + "published, else computed now",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(latest|[1-9][0-9]{0,5})$"),
                            example = "1")
                    String version,
            @Context HttpHeaders headers) {
        boolean pdf = wantsPdf(headers);
        Optional<PublishedReport> frozen = frozen(year, version);
        if (frozen.isPresent()) {
            PublishedReport p = frozen.get();
            return pdf ? pdf(p.pdf(), year, p.version()) : json(Response.ok(), p.json());
        }
        YearlyReport draft = reports.draft(year);
        return pdf
                ? pdf(reports.pdf(draft), year, null)
                : Response.ok(draft, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{year}/publish")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Publish a new version of a year's report",
            description =
                    "Computes the report now and freezes it as the next version (1, 2, …): its JSON and PDF answer "
                            + "the same bytes ever after at `Location`. Publishes kr.seoul.chatdong.monitoring.report.published.v1; "
                            + "governance puts it on the agenda of the council routed for EVALUATION (공유보고). No body is read.")
    @APIResponse(
            responseCode = "201",
            description = "the published version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = YearlyReport.class)))
    public Response publishYearlyReport(
            @PathParam("year") @Parameter(description = "2015 to next year", example = "2016") int year) {
        PublishedReport p = reports.publish(year);
        return json(Response.created(URI.create(PublishedReport.url(year, p.version()))), p.json());
    }

    private Optional<PublishedReport> frozen(int year, String version) {
        if (version == null || version.isBlank()) {
            return reports.newestPublished(year);
        }
        if (version.equals("latest")) {
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new DomainException.InvalidValue(
                    "version",
                    "must be `latest` or a published version number (1, 2, …), not '" + abbreviate(version) + "'");
        }
        return Optional.of(reports.publishedVersion(year, n));
    }

    private static boolean wantsPdf(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.valueOf(PDF)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private static Response json(Response.ResponseBuilder builder, byte[] body) {
        return builder.entity(body).type(MediaType.APPLICATION_JSON).build();
    }

    private static Response pdf(byte[] body, int year, Integer version) {
        String name = year + "년 평가보고서" + (version == null ? " (초안)" : " 제" + version + "판") + ".pdf";
        String ascii = "chatdong-report-" + year + (version == null ? "-draft" : "-v" + version) + ".pdf";
        return Response.ok(body, PDF)
                .header(
                        "Content-Disposition",
                        "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
