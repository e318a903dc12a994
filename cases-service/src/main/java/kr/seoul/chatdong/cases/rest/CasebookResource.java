package kr.seoul.chatdong.cases.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.cases.domain.Casebook;
import kr.seoul.chatdong.cases.domain.PrintRun;
import kr.seoul.chatdong.cases.query.CasebookQueries;
import kr.seoul.chatdong.cases.rest.CasebookViews.CasebookView;
import kr.seoul.chatdong.cases.rest.CasebookViews.NewCasebook;
import kr.seoul.chatdong.cases.rest.CasebookViews.NewPrintRun;
import kr.seoul.chatdong.cases.rest.CasebookViews.PrintRunView;
import kr.seoul.chatdong.cases.service.CasebookService;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;

@Path("/api/v1/casebooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Casebooks",
        description =
                "사례집: a year's published cases, by district, as HTML and a Korean PDF (NanumBarunGothic, OFL) with a table of contents")
public class CasebookResource {

    @Inject
    CasebookService casebooks;

    @Inject
    CasebookQueries queries;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Compile a year's casebook",
            description = "The cases published in the year (Seoul time; archived ones too), "
                    + "ordered by district, into HTML and a PDF with a table of contents and outline. Compiling a year again makes a new edition. "
                    + "A year without published cases is a 422 (no-published-cases). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "compiled; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CasebookView.class)))
    public RestResponse<CasebookView> compileCasebook(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewCasebook request) {
        return idempotency.once(idempotencyKey, request, CasebookView.class, () -> {
            Casebook b = casebooks.compile(new CasebookService.Compile(request.year()));
            return Responses.created("/api/v1/casebooks/" + b.id(), CasebookView.of(b, List.of()), b.version());
        });
    }

    @GET
    @Operation(summary = "List casebooks", description = "Newest year and edition first.")
    public Page<CasebookView> listCasebooks(
            @QueryParam("year")
                    @Parameter(
                            description = "the casebooks of this year",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year,
            @BeanParam PageParams paging) {
        return queries.casebooks(QueryValues.integer(year, "year", 2000, 2100), paging.request())
                .map(CasebookView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One casebook edition", description = "With its print runs.")
    public RestResponse<CasebookView> getCasebook(@PathParam("id") UUID id) {
        Casebook b = queries.casebook(id);
        return Responses.ok(CasebookView.of(b, queries.printRuns(id)), b.version());
    }

    @GET
    @PermitAll
    @Path("/{id}.pdf")
    @Produces("application/pdf")
    @Operation(
            summary = "A casebook's PDF",
            description =
                    "Korean text in NanumBarunGothic (SIL Open Font License, embedded); a table of contents and a PDF outline. Public.")
    @APIResponse(
            responseCode = "200",
            description = "the PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public byte[] getCasebookPdf(@PathParam("id") UUID id) {
        return queries.pdf(id);
    }

    @POST
    @Path("/{id}/print-runs")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(summary = "Record a print run", description = "Copies printed and where they were distributed. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrintRunView.class)))
    public RestResponse<PrintRunView> recordCasebookPrintRun(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewPrintRun request) {
        return idempotency.once(idempotencyKey, request, PrintRunView.class, () -> {
            PrintRun run = casebooks.print(
                    id,
                    new CasebookService.Print(
                            request.copies(), request.distributedTo().strip()));
            return Responses.created("/api/v1/casebooks/" + id, PrintRunView.of(run), 0);
        });
    }
}
