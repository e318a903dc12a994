package kr.seoul.chatdong.monitoring.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import kr.seoul.chatdong.commons.csv.CsvRows;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.query.DistrictStanding;
import kr.seoul.chatdong.monitoring.query.DongRoundScores;
import kr.seoul.chatdong.monitoring.query.DongScores;
import kr.seoul.chatdong.monitoring.query.DongTrendPoint;
import kr.seoul.chatdong.monitoring.query.FieldScoreDistribution;
import kr.seoul.chatdong.monitoring.query.RoundResults;

/** What the results endpoints answer: numbers rounded to 2 decimals (ranks are decided on the exact means). */
public final class ResultsViews {

    private ResultsViews() {}

    /** A CSV of the results and the example the document shows for it. */
    static final String RESULTS_CSV_EXAMPLE =
            "dongCode,dongNameKo,districtCode,districtNameKo,WELFARE,VILLAGE,ADMINISTRATION,HEALTH,mean\r\n"
                    + "1129052500,성북동,11290,성북구,72,58,90,66,71.5\r\n";

    static final String SCORES_CSV_EXAMPLE =
            "roundId,name,startsOn,status,scores.WELFARE,scores.VILLAGE,scores.ADMINISTRATION,"
                    + "scores.HEALTH,scores.mean,change.WELFARE,change.VILLAGE,change.ADMINISTRATION,change.HEALTH,change.mean\r\n"
                    + "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10,2016년 3차 모니터링,2016-08-01,COMPLETED,76,61,88,70,73.75,4,3,-2,4,2.25\r\n";

    @Schema(
            name = "RoundResults",
            description =
                    "A round's results: per field the distribution of its scores, the districts "
                            + "ranked, and each dong's scores. For a round still IN_PROGRESS, on what is assessed so far (assessed of expected).")
    public record RoundResultsView(
            @Schema(examples = "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10")
            UUID roundId,

            @Schema(examples = "2016년 2차 모니터링 (1단계 80개동)") String name,

            @Schema(
                    description = "COMPLETED: final; IN_PROGRESS: partial, on the assessments recorded so far",
                    examples = "COMPLETED")
            RoundStatus status,

            @Schema(description = "a score below this is underperforming (미흡)", examples = "60")
            int underperformingBelow,

            @Schema(description = "a score from this up is excellent (우수)", examples = "90")
            int excellentFrom,

            @Schema(description = "(dong, field) assessments recorded so far", examples = "318")
            long assessed,

            @Schema(description = "dongs in scope × 4 fields", examples = "320")
            long expected,

            @Schema(description = "the distribution of each field's scores")
            FieldDistributions fields,

            @Schema(
                    description =
                            "the districts with dongs in scope, best first. Rank: competition ranking on the mean of all the "
                                    + "district's assessed scores (\"1224\": tied districts share the best rank, the next rank skips); districts "
                                    + "with nothing assessed yet come last without rank or mean.")
            List<DistrictResult> districts,

            @Schema(
                    description =
                            "every dong in scope by its 10-digit code, in code order: its four scores (null while not assessed) and "
                                    + "their mean; join to GET /api/v1/dongs/boundaries by `code` for a map (choropleth)",
                    additionalProperties = FieldScores.class,
                    examples =
                            "{\"1129052500\": {\"WELFARE\": 72, \"VILLAGE\": 58, \"ADMINISTRATION\": 90, \"HEALTH\": 66, \"mean\": 71.5}}")
            Map<String, FieldScores> dongs,

            @Schema(
                    description = "the round's version these results were computed from, also sent as the ETag",
                    examples = "7")
            long version,

            @JsonIgnore @Schema(hidden = true) List<DongResultRow> csv)
            implements CsvRows<DongResultRow> {

        public static RoundResultsView of(RoundResults results, SeoulGeography geography) {
            MonitoringRound round = results.round();
            Map<Field, FieldDistribution> fields = new EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                fields.put(field, FieldDistribution.NONE);
            }
            for (FieldScoreDistribution row : results.fields()) {
                fields.put(row.field(), FieldDistribution.of(row));
            }
            List<DistrictResult> districts = results.districts().stream()
                    .map(d -> DistrictResult.of(
                            d,
                            geography
                                    .district(d.districtCode())
                                    .map(District::nameKo)
                                    .orElse(null)))
                    .toList();
            Map<String, FieldScores> dongs = new LinkedHashMap<>();
            List<DongResultRow> rows = new java.util.ArrayList<>(results.dongs().size());
            for (DongRoundScores row : results.dongs()) {
                FieldScores scores = FieldScores.of(row.scores(), row.mean());
                dongs.put(row.dongCode(), scores);
                rows.add(DongResultRow.of(
                        row.dongCode(), geography.dong(row.dongCode()).orElse(null), scores));
            }
            return new RoundResultsView(
                    round.id(),
                    round.name(),
                    round.status(),
                    round.underperformingBelow(),
                    round.excellentFrom(),
                    results.assessed(),
                    results.expected(),
                    FieldDistributions.of(fields),
                    districts,
                    dongs,
                    round.version(),
                    rows);
        }

        @Override
        public List<DongResultRow> csvRows() {
            return csv;
        }

        @Override
        public Class<DongResultRow> csvRowType() {
            return DongResultRow.class;
        }
    }

    @Schema(name = "FieldDistributions", description = "the distribution of the scores of each of the four fields")
    public record FieldDistributions(
            @JsonProperty("WELFARE") @Schema(name = "WELFARE")
            FieldDistribution welfare,

            @JsonProperty("VILLAGE") @Schema(name = "VILLAGE")
            FieldDistribution village,

            @JsonProperty("ADMINISTRATION") @Schema(name = "ADMINISTRATION")
            FieldDistribution administration,

            @JsonProperty("HEALTH") @Schema(name = "HEALTH") FieldDistribution health) {

        static FieldDistributions of(Map<Field, FieldDistribution> byField) {
            return new FieldDistributions(
                    byField.get(Field.WELFARE),
                    byField.get(Field.VILLAGE),
                    byField.get(Field.ADMINISTRATION),
                    byField.get(Field.HEALTH));
        }
    }

    @Schema(
            name = "FieldDistribution",
            description =
                    "A field's scores in a round (those assessed so far). Quartiles as PostgreSQL's "
                            + "percentile_cont computes them: linear interpolation between the two nearest scores at position (count − 1) × p "
                            + "(p = 0.25, 0.5, 0.75); the same as Excel's QUARTILE.INC. All but the counts are null while nothing is assessed.")
    public record FieldDistribution(
            @Schema(description = "dongs assessed in this field", examples = "80")
            long count,

            @Schema(nullable = true, examples = "38") Integer min,

            @Schema(nullable = true, description = "first quartile", examples = "66.75")
            Double q1,

            @Schema(nullable = true, examples = "73") Double median,

            @Schema(nullable = true, description = "third quartile", examples = "80.25")
            Double q3,

            @Schema(nullable = true, examples = "97") Integer max,
            @Schema(nullable = true, examples = "72.85") Double mean,

            @Schema(description = "scores below the round's underperformingBelow bar (미흡)", examples = "9")
            long underperforming,

            @Schema(description = "scores at or above the round's excellentFrom bar (우수)", examples = "5")
            long excellent) {

        static final FieldDistribution NONE = new FieldDistribution(0, null, null, null, null, null, null, 0, 0);

        static FieldDistribution of(FieldScoreDistribution row) {
            return new FieldDistribution(
                    row.count(),
                    row.min(),
                    round2(row.q1()),
                    round2(row.median()),
                    round2(row.q3()),
                    row.max(),
                    round2(row.mean()),
                    row.underperforming(),
                    row.excellent());
        }
    }

    @Schema(name = "DistrictResult", description = "A district in a round's ranking")
    public record DistrictResult(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String nameKo,

            @Schema(
                    nullable = true,
                    description = "1 = best; tied districts share a rank and the next one skips (1, 2, 2, 4); "
                            + "null while none of its dongs is assessed",
                    examples = "1")
            Integer rank,

            @Schema(
                    nullable = true,
                    description = "mean of all its dongs' assessed scores (over the four fields)",
                    examples = "74.1")
            Double mean,

            @Schema(description = "its dongs in the round's scope", examples = "20")
            int dongCount,

            @Schema(description = "the mean of its dongs' scores in each field")
            FieldMeans fieldMeans) {

        static DistrictResult of(DistrictStanding row, String nameKo) {
            Map<Field, Double> means = row.fieldMeans();
            return new DistrictResult(
                    row.districtCode(),
                    nameKo,
                    row.rank() == null ? null : row.rank().intValue(),
                    round2(row.mean()),
                    row.dongCount(),
                    new FieldMeans(
                            round2(means.get(Field.WELFARE)),
                            round2(means.get(Field.VILLAGE)),
                            round2(means.get(Field.ADMINISTRATION)),
                            round2(means.get(Field.HEALTH))));
        }
    }

    @Schema(name = "FieldMeans", description = "a mean per field; null where nothing is assessed")
    public record FieldMeans(
            @JsonProperty("WELFARE") @Schema(name = "WELFARE", nullable = true, examples = "76")
            Double welfare,

            @JsonProperty("VILLAGE") @Schema(name = "VILLAGE", nullable = true, examples = "59.5")
            Double village,

            @JsonProperty("ADMINISTRATION") @Schema(name = "ADMINISTRATION", nullable = true, examples = "87.5")
            Double administration,

            @JsonProperty("HEALTH") @Schema(name = "HEALTH", nullable = true, examples = "63")
            Double health) {}

    @Schema(name = "FieldScores", description = "a dong's score in each field (null while not assessed) and their mean")
    public record FieldScores(
            @JsonProperty("WELFARE") @Schema(name = "WELFARE", nullable = true, examples = "72")
            Integer welfare,

            @JsonProperty("VILLAGE") @Schema(name = "VILLAGE", nullable = true, examples = "58")
            Integer village,

            @JsonProperty("ADMINISTRATION") @Schema(name = "ADMINISTRATION", nullable = true, examples = "90")
            Integer administration,

            @JsonProperty("HEALTH") @Schema(name = "HEALTH", nullable = true, examples = "66")
            Integer health,

            @Schema(nullable = true, description = "of the fields assessed", examples = "71.5")
            Double mean) {

        static FieldScores of(Map<Field, Integer> scores, Double mean) {
            return new FieldScores(
                    scores.get(Field.WELFARE),
                    scores.get(Field.VILLAGE),
                    scores.get(Field.ADMINISTRATION),
                    scores.get(Field.HEALTH),
                    round2(mean));
        }
    }

    /** One dong of a round's results in the CSV download. */
    public record DongResultRow(
            String dongCode,
            String dongNameKo,
            String districtCode,
            String districtNameKo,
            @JsonProperty("WELFARE") Integer welfare,
            @JsonProperty("VILLAGE") Integer village,
            @JsonProperty("ADMINISTRATION") Integer administration,
            @JsonProperty("HEALTH") Integer health,
            Double mean) {

        static DongResultRow of(String dongCode, Dong dong, FieldScores scores) {
            return new DongResultRow(
                    dongCode,
                    dong == null ? null : dong.nameKo(),
                    dong == null ? dongCode.substring(0, 5) : dong.districtCode(),
                    dong == null ? null : dong.districtNameKo(),
                    scores.welfare(),
                    scores.village(),
                    scores.administration(),
                    scores.health(),
                    scores.mean());
        }
    }

    @Schema(
            name = "DongScores",
            description = "A dong's scores in every round it was monitored in (IN_PROGRESS or COMPLETED), oldest first")
    public record DongScoresView(
            @Schema(examples = "1129052500") String dongCode,
            @Schema(examples = "성북동") String nameKo,
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String districtNameKo,

            @Schema(description = "oldest first, by the round's start date")
            List<RoundScores> rounds)
            implements CsvRows<RoundScores> {

        public static DongScoresView of(DongScores scores) {
            Dong dong = scores.dong();
            return new DongScoresView(
                    dong.code(),
                    dong.nameKo(),
                    dong.districtCode(),
                    dong.districtNameKo(),
                    scores.rounds().stream().map(RoundScores::of).toList());
        }

        @Override
        public List<RoundScores> csvRows() {
            return rounds;
        }

        @Override
        public Class<RoundScores> csvRowType() {
            return RoundScores.class;
        }
    }

    @Schema(
            name = "RoundScores",
            description = "A dong's scores in one round, and how each changed from the round before it in the list")
    public record RoundScores(
            @Schema(examples = "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10")
            UUID roundId,

            @Schema(examples = "2016년 3차 모니터링") String name,
            @Schema(examples = "2016-08-01") LocalDate startsOn,

            @Schema(description = "an IN_PROGRESS round's scores may still change", examples = "COMPLETED")
            RoundStatus status,

            FieldScores scores,

            @Schema(
                    description =
                            "this round's score minus the previous round's, per field and for the mean; null for the first round "
                                    + "and where either score is missing")
            FieldScores change) {

        static RoundScores of(DongTrendPoint row) {
            return new RoundScores(
                    row.roundId(),
                    row.name(),
                    row.startsOn(),
                    row.status(),
                    FieldScores.of(row.scores(), row.mean()),
                    FieldScores.of(row.change(), row.meanChange()));
        }
    }

    /** Rounded half-up to 2 decimals for reading; null stays null. */
    static Double round2(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
