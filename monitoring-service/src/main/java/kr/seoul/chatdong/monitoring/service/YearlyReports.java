package kr.seoul.chatdong.monitoring.service;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.monitoring.ReportPublished;
import kr.seoul.chatdong.monitoring.document.YearlyReportDocument;
import kr.seoul.chatdong.monitoring.domain.PublishedReport;
import kr.seoul.chatdong.monitoring.domain.ReportYear;
import kr.seoul.chatdong.monitoring.domain.RespondentGroup;
import kr.seoul.chatdong.monitoring.domain.SurveyQuestion;
import kr.seoul.chatdong.monitoring.domain.SurveyWave;
import kr.seoul.chatdong.monitoring.domain.WaveComparison;
import kr.seoul.chatdong.monitoring.domain.WaveKind;
import kr.seoul.chatdong.monitoring.query.YearlyReport;
import kr.seoul.chatdong.monitoring.query.YearlyReportQueries;
import kr.seoul.chatdong.monitoring.repository.PublishedReportRepository;

/**
 * 연간 평가보고서: a year's report computed now (a draft), or one of its published versions, frozen
 * when published: its JSON and PDF are stored and answered byte for byte ever after, and
 * {@code report.published.v1} tells governance to put it on the agenda of the council that receives
 * the evaluation (공유보고).
 */
@ApplicationScoped
public class YearlyReports {

    @Inject
    YearlyReportQueries queries;

    @Inject
    ConsultingEffect consultingEffect;

    @Inject
    SurveyService surveys;

    @Inject
    PublishedReportRepository published;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The year's report computed now from what the platform holds ({@code version} null). */
    @Transactional
    public YearlyReport draft(int year) {
        requireYear(year);
        return compute(year);
    }

    /** The newest published version of the year, if any. */
    @Transactional
    public Optional<PublishedReport> newestPublished(int year) {
        requireYear(year);
        return published.newest(year);
    }

    /** Published version {@code version} of the year, or 404. */
    @Transactional
    public PublishedReport publishedVersion(int year, int version) {
        requireYear(year);
        return published
                .version(year, version)
                .orElseThrow(() -> new DomainException.NotFound("published version of the " + year + " report", version)
                        .with(
                                "newestVersion",
                                published
                                        .newest(year)
                                        .map(PublishedReport::version)
                                        .orElse(0)));
    }

    /** The report's PDF (Korean, the same layout as a published version's). */
    public byte[] pdf(YearlyReport report) {
        return YearlyReportDocument.pdf(report);
    }

    /** Freezes a new version of the year's report (computed now) and announces it. */
    @Transactional
    public PublishedReport publish(int year) {
        requireYear(year);
        int version = published.nextVersion(year);
        Instant now = clock.instant();
        YearlyReport report = compute(year).asVersion(version, now);
        byte[] pdf = YearlyReportDocument.pdf(report);
        byte[] body;
        try {
            body = json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The " + year + " report could not be written as JSON", e);
        }
        PublishedReport frozen =
                new PublishedReport(year, version, report.title(), body, pdf, sha256(pdf), now, caller.account());
        published.persist(frozen);
        outbox.record(
                EventCatalog.REPORT_PUBLISHED,
                year,
                new ReportPublished(
                        year,
                        version,
                        PublishedReport.url(year, version),
                        PublishedReport.editionTitle(report.title(), version),
                        now));
        audit.record("yearly-report", year + "/" + version, "PUBLISH", List.of("version"));
        return frozen;
    }

    private void requireYear(int year) {
        ReportYear.require(year, clock.instant().atZone(Clocks.SEOUL).toLocalDate());
    }

    private YearlyReport compute(int year) {
        List<YearlyReport.RoundLine> rounds = queries.rounds(year);
        List<YearlyReport.StatusCount> byStatus = queries.consultingByStatus(year);
        return new YearlyReport(
                year,
                null,
                YearlyReport.titleOf(year),
                clock.instant(),
                queries.rollout(),
                queries.roundTotals(year, rounds),
                new YearlyReport.Consulting(
                        byStatus.stream()
                                .mapToLong(YearlyReport.StatusCount::count)
                                .sum(),
                        byStatus,
                        effect(year)),
                queries.indicators(year),
                surveyLines(year),
                queries.training(year),
                queries.cases(year),
                queries.governance(year));
    }

    private YearlyReport.Effect effect(int year) {
        List<UUID> rounds = queries.effectRounds(year);
        if (rounds.isEmpty()) {
            return null;
        }
        ConsultingEffect.Effect effect = consultingEffect.of(rounds.get(0), rounds.get(1));
        return new YearlyReport.Effect(
                effect.round().id(),
                effect.round().name(),
                effect.baseline().id(),
                effect.baseline().name(),
                effect.fields().stream()
                        .map(f -> new YearlyReport.FieldEffect(
                                f.field(),
                                f.field().nameKo(),
                                f.consulted().count(),
                                f.consulted().meanChange(),
                                f.belowBarNotConsulted().count(),
                                f.belowBarNotConsulted().meanChange(),
                                f.effect()))
                        .toList());
    }

    /**
     * Every wave that ended in the year, each question's measure of everyone; a follow-up wave also
     * compared with its survey's newest baseline fielded before it.
     */
    private List<YearlyReport.SurveyLine> surveyLines(int year) {
        List<YearlyReport.SurveyLine> out = new ArrayList<>();
        for (Object[] w : queries.waves(year)) {
            UUID surveyId = (UUID) w[0];
            SurveyService.WaveAggregates aggregates = surveys.aggregates(surveyId, (String) w[1], null);
            SurveyWave wave = aggregates.wave();
            Optional<String> baseline = Optional.ofNullable((String) w[2]);
            List<YearlyReport.SurveyQuestionLine> questions = new ArrayList<>();
            for (SurveyService.QuestionTally tally : aggregates.questions()) {
                SurveyQuestion q = tally.question();
                BigDecimal value = q.scale()
                        .rounded(q.scale()
                                .measure(tally.tally().n(), tally.tally().sum()));
                if (baseline.isPresent()) {
                    WaveComparison c = surveys.compare(surveyId, baseline.get(), wave.code(), q.code())
                            .result();
                    questions.add(new YearlyReport.SurveyQuestionLine(
                            q.code(),
                            q.text(),
                            q.scale().name(),
                            tally.tally().n(),
                            value,
                            baseline.get(),
                            c.all().baselineValue(),
                            c.arm(RespondentGroup.PARTICIPATING).change(),
                            c.arm(RespondentGroup.NON_PARTICIPATING).change(),
                            c.differenceInDifferences(),
                            c.note()));
                } else {
                    questions.add(new YearlyReport.SurveyQuestionLine(
                            q.code(),
                            q.text(),
                            q.scale().name(),
                            tally.tally().n(),
                            value,
                            null,
                            null,
                            null,
                            null,
                            null,
                            wave.kind() == WaveKind.FOLLOW_UP
                                    ? "no baseline wave of this survey was fielded before " + wave.code()
                                    : null));
                }
            }
            out.add(new YearlyReport.SurveyLine(
                    surveyId,
                    aggregates.survey().code(),
                    aggregates.survey().title(),
                    aggregates.survey().population().name(),
                    wave.code(),
                    wave.kind().name(),
                    wave.fieldedFrom(),
                    wave.fieldedTo(),
                    aggregates.respondents(),
                    questions));
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
