package kr.seoul.chatdong.training.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.TrainingExecution;
import kr.seoul.chatdong.training.query.TrainingExecutionQueries;

/** Response bodies of 교육실행율. */
public final class TrainingExecutionViews {

    private TrainingExecutionViews() {}

    @Schema(
            name = "TrainingExecution",
            description = "An organiser's cohorts planned for the year, held and cancelled, and 교육실행율 = held ÷ planned")
    public record ExecutionView(
            @Schema(nullable = true, description = "CITY or a district code; null in the total", examples = "11290")
            String organiser,

            @Schema(nullable = true, description = "서울시 or the district's name; null in the total", examples = "성북구")
            String organiserName,

            @Schema(
                    description = "cohorts whose last day falls in the year: held, cancelled and not held yet",
                    examples = "4")
            int planned,

            @Schema(description = "cohorts completed", examples = "3")
            int held,

            @Schema(description = "cohorts cancelled: planned and not held", examples = "1")
            int cancelled,

            @Schema(description = "planned and neither held nor cancelled yet", examples = "0")
            int pending,

            @Schema(
                    nullable = true,
                    description = "교육실행율: held ÷ planned, 0..1 to four decimals; null when none was planned",
                    examples = "0.75")
            BigDecimal rate) {

        static ExecutionView of(TrainingExecution e, SeoulGeography geography) {
            String name = e.organiser() == null
                    ? null
                    : Course.CITY.equals(e.organiser())
                            ? "서울시"
                            : geography
                                    .district(e.organiser())
                                    .map(District::nameKo)
                                    .orElse(null);
            return new ExecutionView(e.organiser(), name, e.planned(), e.held(), e.cancelled(), e.pending(), e.rate());
        }
    }

    @Schema(
            name = "TrainingExecutionYear",
            description = "교육실행율 of a year per organiser (the city first, then the districts by code) and in total")
    public record YearView(
            @Schema(examples = "2016") int year,

            @Schema(description = "organisers with at least one cohort planned for the year")
            List<ExecutionView> organisers,

            @Schema(description = "every organiser together")
            ExecutionView total) {

        static YearView of(TrainingExecutionQueries.YearExecution y, SeoulGeography geography) {
            return new YearView(
                    y.year(),
                    y.organisers().stream()
                            .map(e -> ExecutionView.of(e, geography))
                            .toList(),
                    ExecutionView.of(y.total(), geography));
        }
    }
}
