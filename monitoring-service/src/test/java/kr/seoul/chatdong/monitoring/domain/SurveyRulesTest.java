package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * The rules of the performance-evaluation surveys (성과평가 설문), without Quarkus or a database:
 * defining a survey, reading a response file's header and rows, and the arithmetic of the
 * measures and of the difference-in-differences.
 */
class SurveyRulesTest {

    static final SeoulGeography GEO = new SeoulGeography();
    static final Instant NOW = Instant.parse("2015-08-20T00:00:00Z");
    /** 성북구 성북동 (phase 1) and 노원구 월계1동. */
    static final String SEONGBUK = "1129052500";

    static final String WOLGYE1 = "1135056000";

    static Survey residents() {
        return Survey.define(
                "seoul-residents",
                "서울시민 인식조사",
                Population.RESIDENTS,
                List.of(
                        new SurveyQuestion("awareness", "‘찾아가는 동주민센터’ 사업을 알고 계십니까?", QuestionScale.YES_NO),
                        new SurveyQuestion("satisfaction", "동 주민센터 복지서비스에 만족하십니까?", QuestionScale.LIKERT5)),
                NOW);
    }

    static DomainException.InvalidValue invalid(Runnable action) {
        return assertThrows(DomainException.InvalidValue.class, action::run);
    }

    @Nested
    class Defining {

        @Test
        void questionCodesAreUniqueIgnoringCaseAndNotTheFixedColumns() {
            var twice = invalid(() -> Survey.define(
                    "s",
                    "t",
                    Population.RESIDENTS,
                    List.of(
                            new SurveyQuestion("awareness", "a", QuestionScale.YES_NO),
                            new SurveyQuestion("Awareness", "b", QuestionScale.YES_NO)),
                    NOW));
            assertEquals("questions[1].code", twice.field());
            assertTrue(twice.reason().contains("questions[0]"), twice.reason());
            var fixed = invalid(() -> Survey.define(
                    "s",
                    "t",
                    Population.OFFICIALS,
                    List.of(new SurveyQuestion("GROUP", "a", QuestionScale.YES_NO)),
                    NOW));
            assertEquals("questions[0].code", fixed.field());
            assertEquals(
                    "questions",
                    invalid(() -> Survey.define("s", "t", Population.OFFICIALS, List.of(), NOW))
                            .field());
        }

        @Test
        void aWaveEndsOnOrAfterItStarts() {
            Survey survey = residents();
            LocalDate sep1 = LocalDate.of(2015, 9, 1);
            assertEquals(
                    "fieldedTo",
                    invalid(() -> SurveyWave.of(
                                    survey, "2015-baseline", WaveKind.BASELINE, sep1, sep1.minusDays(1), NOW))
                            .field());
            SurveyWave oneDay = SurveyWave.of(survey, "2015-baseline", WaveKind.BASELINE, sep1, sep1, NOW);
            assertEquals(survey.id(), oneDay.surveyId());
            assertEquals(0, oneDay.responseCount());
        }
    }

    @Nested
    class Header {

        @Test
        void takesTheColumnsInAnyOrder() {
            ResponseColumns columns =
                    residents().columns(List.of("satisfaction", "group", " respondentId", "awareness", "dongCode"));
            assertEquals(5, columns.width());
            assertEquals(2, columns.respondentId());
            assertEquals(4, columns.dongCode());
            assertEquals(1, columns.group());
            assertEquals(3, columns.answers()[0]);
            assertEquals(0, columns.answers()[1]);
        }

        @Test
        void namesWhatIsMissingUnknownAndRepeated() {
            var wrong = invalid(() -> residents()
                    .columns(List.of("respondentId", "dongCode", "group", "awareness", "awareness", "satisfation")));
            assertEquals("header", wrong.field());
            assertTrue(wrong.reason().contains("missing satisfaction"), wrong.reason());
            assertTrue(wrong.reason().contains("unknown 'satisfation'"), wrong.reason());
            assertTrue(wrong.reason().contains("repeated awareness"), wrong.reason());
            var empty = invalid(() -> residents().columns(List.of()));
            assertTrue(
                    empty.reason().contains("missing respondentId, dongCode, group, awareness, satisfaction"),
                    empty.reason());
        }
    }

    @Nested
    class Rows {

        final Survey survey = residents();
        final ResponseColumns columns =
                survey.columns(List.of("respondentId", "dongCode", "group", "awareness", "satisfaction"));

        ResponseImport importing(Set<String> alreadyInWave, Map<String, RespondentGroup> groups) {
            return new ResponseImport(survey, columns, GEO::isDong, alreadyInWave, groups);
        }

        @Test
        void aValidRowIsAcceptedWithItsAnswersInQuestionOrder() {
            ResponseImport rows = importing(Set.of(), Map.of());
            assertTrue(rows.offer(2, List.of("R1", SEONGBUK, "PARTICIPATING", "Y", "")));
            assertTrue(rows.offer(3, List.of(" R2 ", SEONGBUK, "PARTICIPATING", "N", " 5 ")));
            assertEquals(Arrays.asList(1, null), rows.accepted().get(0).answers());
            assertEquals(Arrays.asList(0, 5), rows.accepted().get(1).answers());
            assertEquals("R2", rows.accepted().get(1).respondentId());
            assertEquals(0, rows.rejectedCount());
        }

        @Test
        void everyBrokenRuleOfARowIsNamedWithItsColumn() {
            ResponseImport rows = importing(Set.of(), Map.of());
            assertFalse(rows.offer(2, List.of("", "9999999999", "P", "yes", "6")));
            String reason = rows.rejections().get(0).reason();
            assertEquals(2, rows.rejections().get(0).line());
            for (String expected : List.of(
                    "respondentId: must be 1 to 64",
                    "dongCode: '9999999999' is not",
                    "group: 'P' is not one of",
                    "awareness: 'yes' is not Y or N",
                    "satisfaction: '6' is not a whole number from 1 to 5")) {
                assertTrue(reason.contains(expected), expected + " in " + reason);
            }
            assertFalse(rows.offer(3, List.of("R3", SEONGBUK, "PARTICIPATING", "Y")));
            assertEquals(
                    "the row has 4 cells; the header has 5 columns",
                    rows.rejections().get(1).reason());
        }

        @Test
        void aRespondentAnswersOncePerWave() {
            ResponseImport rows = importing(Set.of("R9"), Map.of());
            assertTrue(rows.offer(2, List.of("R1", SEONGBUK, "PARTICIPATING", "Y", "3")));
            assertFalse(rows.offer(3, List.of("R1", SEONGBUK, "PARTICIPATING", "N", "4")));
            assertFalse(rows.offer(4, List.of("R9", SEONGBUK, "PARTICIPATING", "N", "4")));
            assertEquals(
                    "respondentId: 'R1' is on line 2 already (a respondent answers once per wave)",
                    rows.rejections().get(0).reason());
            assertEquals(
                    "respondentId: 'R9' was imported into this wave before (a respondent answers once per wave)",
                    rows.rejections().get(1).reason());
        }

        @Test
        void aDongIsInOneGroupPerWave() {
            ResponseImport rows = importing(Set.of(), Map.of(WOLGYE1, RespondentGroup.NON_PARTICIPATING));
            assertTrue(rows.offer(2, List.of("R1", SEONGBUK, "PARTICIPATING", "Y", "3")));
            assertFalse(rows.offer(3, List.of("R2", SEONGBUK, "NON_PARTICIPATING", "Y", "3")));
            assertFalse(rows.offer(4, List.of("R3", WOLGYE1, "PARTICIPATING", "Y", "3")));
            assertTrue(rows.offer(5, List.of("R4", WOLGYE1, "NON_PARTICIPATING", "N", "")));
            assertTrue(rows.rejections()
                    .get(0)
                    .reason()
                    .contains("dong 1129052500 is PARTICIPATING in this wave (line 2)"));
            assertTrue(rows.rejections()
                    .get(1)
                    .reason()
                    .contains("is NON_PARTICIPATING in this wave (an earlier import)"));
        }

        @Test
        void emptyLinesAreSkippedAndRejectionsListedUpToTheCapButAllCounted() {
            ResponseImport rows = importing(Set.of(), Map.of());
            assertFalse(rows.offer(2, List.of("")));
            assertFalse(rows.offer(3, List.of("", " ", "", "", "")));
            assertEquals(0, rows.rejectedCount());
            for (int i = 0; i < ResponseImport.MAX_REJECTIONS_LISTED + 5; i++) {
                rows.offer(4 + i, List.of("R" + i, "0000000000", "PARTICIPATING", "Y", "3"));
            }
            assertEquals(ResponseImport.MAX_REJECTIONS_LISTED + 5, rows.rejectedCount());
            assertEquals(ResponseImport.MAX_REJECTIONS_LISTED, rows.rejections().size());
            assertEquals(4, rows.rejections().get(0).line());
        }
    }

    @Nested
    class Measures {

        @Test
        void theShareOfYesIsAPercentageToOneDecimalAndTheMeanHasTwo() {
            // 355 of the 1,214 residents of the 2015 baseline knew the program: 35500 / 1214 = 29.2421… → 29.2
            assertEquals(new BigDecimal("29.2"), QuestionScale.YES_NO.rounded(QuestionScale.YES_NO.measure(1214, 355)));
            // 11 / 3 = 3.6666… → 3.67; 3 / 1 = 3 → 3.00
            assertEquals(new BigDecimal("3.67"), QuestionScale.LIKERT5.rounded(QuestionScale.LIKERT5.measure(3, 11)));
            assertEquals(new BigDecimal("3.00"), QuestionScale.LIKERT5.rounded(QuestionScale.LIKERT5.measure(1, 3)));
            assertNull(QuestionScale.YES_NO.measure(0, 0));
        }

        @Test
        void differenceInDifferencesIsComputedFromUnroundedMeasures() {
            SurveyQuestion satisfaction = new SurveyQuestion("satisfaction", "만족도", QuestionScale.LIKERT5);
            // P: 12/4 = 3.00 → 17/4 = 4.25, change 1.25. N: 7/2 = 3.50 → 11/3 = 3.6666…, change 0.1666… → 0.17.
            // DiD = 1.25 − 0.1666… = 1.0833… → 1.08. All: 19/6 = 3.1666… → 28/7 = 4.00, change 0.8333… → 0.83.
            WaveComparison c = WaveComparison.of(
                    satisfaction,
                    Map.of(
                            RespondentGroup.PARTICIPATING,
                            new Tally(4, 12),
                            RespondentGroup.NON_PARTICIPATING,
                            new Tally(2, 7)),
                    Map.of(
                            RespondentGroup.PARTICIPATING,
                            new Tally(4, 17),
                            RespondentGroup.NON_PARTICIPATING,
                            new Tally(3, 11)),
                    "2015-baseline",
                    "2016-follow-up");
            assertEquals(
                    new BigDecimal("1.25"), c.arm(RespondentGroup.PARTICIPATING).change());
            assertEquals(
                    new BigDecimal("0.17"),
                    c.arm(RespondentGroup.NON_PARTICIPATING).change());
            assertEquals(
                    new BigDecimal("3.67"),
                    c.arm(RespondentGroup.NON_PARTICIPATING).followUpValue());
            assertEquals(new BigDecimal("1.08"), c.differenceInDifferences());
            assertEquals(new BigDecimal("3.17"), c.all().baselineValue());
            assertEquals(new BigDecimal("0.83"), c.all().change());
            assertNull(c.note());
        }

        @Test
        void aGroupWithoutAnswersInAWaveLeavesTheDifferenceInDifferencesNullWithANote() {
            SurveyQuestion awareness = new SurveyQuestion("awareness", "인지도", QuestionScale.YES_NO);
            WaveComparison c = WaveComparison.of(
                    awareness,
                    Map.of(
                            RespondentGroup.PARTICIPATING,
                            new Tally(10, 3),
                            RespondentGroup.NON_PARTICIPATING,
                            new Tally(8, 2)),
                    Map.of(RespondentGroup.PARTICIPATING, new Tally(10, 6)),
                    "2015-baseline",
                    "2017-follow-up");
            assertNull(c.differenceInDifferences());
            assertNull(c.arm(RespondentGroup.NON_PARTICIPATING).change());
            assertNull(c.arm(RespondentGroup.NON_PARTICIPATING).followUpValue());
            assertEquals(
                    new BigDecimal("30.0"), c.arm(RespondentGroup.PARTICIPATING).change());
            assertEquals(
                    "No answers to awareness from NON_PARTICIPATING in 2017-follow-up: the difference-in-differences needs "
                            + "answers from both groups in both waves",
                    c.note());
        }
    }
}
