package kr.seoul.chatdong.monitoring.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.Field;

/**
 * 연간 평가보고서 (2016 plan §7): how the programme did in a year, section by section. Monitoring
 * computes its own sections (roll-out, rounds, consulting, indicators, surveys) from its tables and
 * the others (training, cases, governance) from the facts those services publish as events. A year
 * with no data answers every section with zeros and empty lists.
 */
@Schema(name = "YearlyReport", description = "연간 평가보고서: the programme's year, section by section")
public record YearlyReport(
        @Schema(examples = "2016") int year,

        @Schema(
                nullable = true,
                description = "the published version this is; null for a draft computed now",
                examples = "1")
        Integer version,

        @Schema(examples = "2016년 찾아가는 동주민센터 평가보고서") String title,

        @Schema(description = "when the figures were computed (a published version: when it was published)")
        Instant computedAt,

        @Schema(description = "1. 사업 확대: each phase, planned against assigned")
        List<PhaseView> rollout,

        @Schema(description = "2. 모니터링: the rounds that started in the year")
        Rounds rounds,

        @Schema(description = "3. 컨설팅: assignments of the year's rounds, and the effect of consulting")
        Consulting consulting,

        @Schema(description = "4. 성과지표: each indicator's values of the year against its target")
        List<IndicatorLine> indicators,

        @Schema(description = "5. 주민·공무원 조사: waves fielded in the year and their comparisons")
        List<SurveyLine> surveys,

        @Schema(
                description =
                        "6. 교육: the year's targets, completions (cohorts and the districts' reports) and satisfaction")
        Training training,

        @Schema(description = "7. 우수사례: cases published in the year against the plan's count")
        Cases cases,

        @Schema(description = "8. 민관협력 거버넌스: meetings held, decisions, overdue action items")
        Governance governance) {

    /** The programme's title of a year's report. */
    public static String titleOf(int year) {
        return year + "년 찾아가는 동주민센터 평가보고서";
    }

    /** The same report as the published version {@code version}, computed at {@code at}. */
    public YearlyReport asVersion(int version, Instant at) {
        return new YearlyReport(
                year,
                version,
                title,
                at,
                rollout,
                rounds,
                consulting,
                indicators,
                surveys,
                training,
                cases,
                governance);
    }

    @Schema(name = "YearlyReportRounds")
    public record Rounds(
            List<RoundLine> rounds,

            @Schema(description = "distinct dongs with at least one assessment in the year's rounds", examples = "80")
            long dongsAssessed,

            @Schema(description = "assessments (dong × field) recorded", examples = "320")
            long assessments,

            @Schema(nullable = true, description = "mean of every assessment, two decimals", examples = "71.35")
            BigDecimal mean,

            List<FieldMean> byField,
            List<DistrictMean> byDistrict,

            @Schema(description = "assessments scored below 60 (the plan's bar)", examples = "41")
            long belowSixty) {}

    @Schema(name = "YearlyReportRound")
    public record RoundLine(
            UUID roundId,
            @Schema(examples = "2016년 2차 모니터링") String name,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(examples = "COMPLETED") String status,
            @Schema(examples = "80") long dongs,
            @Schema(examples = "80") long dongsAssessed,
            @Schema(nullable = true, examples = "71.35") BigDecimal mean) {}

    @Schema(name = "YearlyReportFieldMean")
    public record FieldMean(
            Field field,
            @Schema(examples = "복지") String nameKo,
            @Schema(examples = "80") long assessments,
            @Schema(nullable = true, examples = "68.4") BigDecimal mean,
            @Schema(examples = "12") long belowSixty) {}

    @Schema(name = "YearlyReportDistrictMean")
    public record DistrictMean(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String nameKo,
            @Schema(examples = "20") long dongsAssessed,
            @Schema(nullable = true, examples = "73.1") BigDecimal mean) {}

    @Schema(name = "YearlyReportConsulting")
    public record Consulting(
            @Schema(examples = "41") long assignments,

            @Schema(description = "assignments by status, in the status order")
            List<StatusCount> byStatus,

            @Schema(
                    nullable = true,
                    description = "the effect of consulting measured on the year's last completed round against "
                            + "the completed round before it; null while there are not two such rounds")
            Effect effect) {}

    @Schema(name = "YearlyReportStatusCount")
    public record StatusCount(
            @Schema(examples = "CLOSED") String status,
            @Schema(examples = "30") long count) {}

    @Schema(name = "YearlyReportConsultingEffect")
    public record Effect(
            UUID roundId,
            @Schema(examples = "2016년 3차 모니터링") String roundName,
            UUID baselineRoundId,
            @Schema(examples = "2016년 2차 모니터링") String baselineRoundName,
            List<FieldEffect> fields) {}

    @Schema(name = "YearlyReportFieldEffect")
    public record FieldEffect(
            Field field,
            @Schema(examples = "복지") String nameKo,
            @Schema(examples = "12") long consulted,

            @Schema(nullable = true, description = "mean score change of the consulted dongs", examples = "9.5")
            BigDecimal consultedChange,

            @Schema(examples = "3") long notConsulted,

            @Schema(
                    nullable = true,
                    description = "mean change of the dongs below the bar that were not consulted",
                    examples = "2.0")
            BigDecimal notConsultedChange,

            @Schema(nullable = true, description = "consulted − not consulted", examples = "7.5")
            BigDecimal effect) {}

    @Schema(name = "YearlyReportIndicator")
    public record IndicatorLine(
            @Schema(examples = "WELFARE_PLANNER_VISIT_RATE") String code,
            @Schema(examples = "복지플래너 방문율") String nameKo,
            @Schema(examples = "%") String unit,
            @Schema(examples = "PROCESS") String kind,

            @Schema(nullable = true, description = "the year's target", examples = "80")
            BigDecimal target,

            @Schema(description = "values recorded for the year's periods (any scope)", examples = "960")
            long values,

            @Schema(nullable = true, description = "their mean, two decimals", examples = "76.2")
            BigDecimal mean,

            @Schema(
                    nullable = true,
                    description = "values at or above the target; null without a target",
                    examples = "512")
            Long atOrAboveTarget) {}

    @Schema(name = "YearlyReportSurvey")
    public record SurveyLine(
            UUID surveyId,
            @Schema(examples = "RESIDENT_AWARENESS") String code,
            @Schema(examples = "찾아가는 동주민센터 주민 인지도 조사") String title,
            @Schema(examples = "RESIDENTS") String population,
            @Schema(examples = "2016") String wave,
            @Schema(examples = "FOLLOW_UP") String kind,
            LocalDate fieldedFrom,
            LocalDate fieldedTo,
            @Schema(examples = "1214") long respondents,
            List<SurveyQuestionLine> questions) {}

    @Schema(name = "YearlyReportSurveyQuestion")
    public record SurveyQuestionLine(
            @Schema(examples = "AWARE") String code,
            @Schema(examples = "찾아가는 동주민센터를 알고 있다") String text,
            @Schema(examples = "YES_NO") String scale,
            @Schema(examples = "1214") long n,

            @Schema(
                    nullable = true,
                    description = "percent yes (YES_NO) or mean (LIKERT5) of everyone in the wave",
                    examples = "29.2")
            BigDecimal value,

            @Schema(
                    nullable = true,
                    description = "the baseline wave compared with (a follow-up only)",
                    examples = "2015")
            String baselineWave,

            @Schema(nullable = true, description = "the baseline's value of everyone", examples = "29.2")
            BigDecimal baselineValue,

            @Schema(nullable = true, description = "participating dongs' change", examples = "12.4")
            BigDecimal participatingChange,

            @Schema(nullable = true, description = "non-participating dongs' change", examples = "3.1")
            BigDecimal nonParticipatingChange,

            @Schema(
                    nullable = true,
                    description = "이중차분: participating change − non-participating change",
                    examples = "9.3")
            BigDecimal differenceInDifferences,

            @Schema(nullable = true, description = "why a figure is missing")
            String note) {}

    @Schema(name = "YearlyReportTraining")
    public record Training(
            @Schema(description = "the year's targets, as training last set them")
            List<TargetLine> targets,

            @Schema(nullable = true, description = "their sum; null when the year has none", examples = "10520")
            Integer target,

            @Schema(examples = "12") long cohorts,
            @Schema(examples = "1250") long enrolled,

            @Schema(description = "completions of cohorts that ended in the year", examples = "1180")
            long completed,

            @Schema(description = "of which in cohorts the city ran", examples = "980")
            long completedCityRun,

            @Schema(description = "of which in cohorts districts ran", examples = "200")
            long completedDistrictRun,

            @Schema(
                    description = "completions districts reported of training they held outside the platform (자치구 "
                            + "주도교육 보고) in the year; a withdrawn report counts nowhere",
                    examples = "10734")
            long completedDistrictReported,

            @Schema(description = "the districts' reports counted (not withdrawn)", examples = "212")
            long districtReports,

            @Schema(
                    description = "every trained person counted: completed (cohorts) + completedDistrictReported",
                    examples = "11914")
            long trained,

            @Schema(nullable = true, description = "trained ÷ target, four decimals", examples = "1.1325")
            BigDecimal shareOfTarget,

            @Schema(description = "satisfaction evaluations answered", examples = "1100")
            long evaluations,

            @Schema(nullable = true, description = "their mean score (0–100), two decimals", examples = "88.42")
            BigDecimal satisfaction) {}

    @Schema(name = "YearlyReportTrainingTarget")
    public record TargetLine(
            @Schema(examples = "CITY") String organiser,
            @Schema(examples = "CIVIL_SERVANT") String audience,
            @Schema(examples = "10520") int target) {}

    @Schema(name = "YearlyReportCases")
    public record Cases(
            @Schema(examples = "153") long published,

            @Schema(
                    nullable = true,
                    description = "the plan's goal for the year (2016: 153 = 17 discovery districts × 9 months); "
                            + "null for a year without one",
                    examples = "153")
            Integer target,

            List<DistrictCount> byDistrict) {}

    @Schema(name = "YearlyReportDistrictCount")
    public record DistrictCount(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String nameKo,
            @Schema(examples = "9") long count) {}

    @Schema(name = "YearlyReportGovernance")
    public record Governance(
            @Schema(examples = "40") long meetingsHeld,
            @Schema(examples = "95") long decisions,

            @Schema(description = "action items that went overdue in the year", examples = "3")
            long overdueActionItems,

            @Schema(description = "by council kind") List<CouncilKindLine> byCouncilKind) {}

    @Schema(name = "YearlyReportCouncilKind")
    public record CouncilKindLine(
            @Schema(examples = "STEERING_COMMITTEE") String councilKind,
            @Schema(examples = "4") long meetingsHeld,
            @Schema(examples = "11") long decisions,
            @Schema(examples = "1") long overdueActionItems) {}
}
