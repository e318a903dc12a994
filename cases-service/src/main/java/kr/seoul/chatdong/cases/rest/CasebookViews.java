package kr.seoul.chatdong.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.Casebook;
import kr.seoul.chatdong.cases.domain.PrintRun;
import kr.seoul.chatdong.cases.query.CasebookRow;

/** Request and response bodies of {@link CasebookResource}. */
public final class CasebookViews {

    private CasebookViews() {}

    @Schema(name = "NewCasebook", description = "The year whose published cases to compile")
    public record NewCasebook(
            @NotNull @Min(2000) @Max(2100) @Schema(required = true, examples = "2016")
            Integer year) {}

    @Schema(name = "NewPrintRun", description = "A print run: copies, and where they went")
    public record NewPrintRun(
            @NotNull @Min(1) @Max(1_000_000) @Schema(required = true, examples = "500")
            Integer copies,

            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "25개 자치구, 424개 동주민센터, 시의회")
            String distributedTo) {}

    @Schema(name = "CasebookPrintRun")
    public record PrintRunView(
            UUID id,
            @Schema(examples = "500") int copies,
            @Schema(examples = "25개 자치구, 424개 동주민센터, 시의회") String distributedTo,
            Instant createdAt) {

        static PrintRunView of(PrintRun p) {
            return new PrintRunView(p.id(), p.copies(), p.distributedTo(), p.createdAt());
        }
    }

    @Schema(name = "Casebook", description = "One edition of a year's casebook")
    public record CasebookView(
            UUID id,
            @Schema(examples = "2016") int year,

            @Schema(description = "1 for the first compilation of the year", examples = "1")
            int edition,

            @Schema(examples = "97") int caseCount,

            @Schema(
                    description = "where its PDF is",
                    examples = "/api/v1/casebooks/7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.pdf")
            String pdf,

            @Schema(description = "print runs so far (lists leave them out)")
            List<PrintRunView> printRuns,

            @Schema(description = "copies printed so far", examples = "500")
            int copies,

            Instant createdAt,
            @Schema(examples = "0") long version) {

        static CasebookView of(Casebook b, List<PrintRun> runs) {
            return new CasebookView(
                    b.id(),
                    b.year(),
                    b.edition(),
                    b.caseCount(),
                    "/api/v1/casebooks/" + b.id() + ".pdf",
                    runs.stream().map(PrintRunView::of).toList(),
                    runs.stream().mapToInt(PrintRun::copies).sum(),
                    b.createdAt(),
                    b.version());
        }

        static CasebookView of(CasebookRow b) {
            return new CasebookView(
                    b.id(),
                    b.year(),
                    b.edition(),
                    b.caseCount(),
                    "/api/v1/casebooks/" + b.id() + ".pdf",
                    List.of(),
                    0,
                    b.createdAt(),
                    b.version());
        }
    }
}
