package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.csv.CsvUpload;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.RespondentGroup;
import kr.seoul.chatdong.monitoring.domain.ResponseColumns;
import kr.seoul.chatdong.monitoring.domain.ResponseImport;
import kr.seoul.chatdong.monitoring.domain.Survey;
import kr.seoul.chatdong.monitoring.domain.SurveyQuestion;
import kr.seoul.chatdong.monitoring.domain.SurveyWave;
import kr.seoul.chatdong.monitoring.domain.Tally;
import kr.seoul.chatdong.monitoring.domain.WaveComparison;
import kr.seoul.chatdong.monitoring.domain.WaveFigures;
import kr.seoul.chatdong.monitoring.repository.SurveyAggregateRepository;
import kr.seoul.chatdong.monitoring.repository.SurveyRepository;
import kr.seoul.chatdong.monitoring.repository.SurveyResponseRepository;
import kr.seoul.chatdong.monitoring.repository.SurveyWaveRepository;
import kr.seoul.chatdong.monitoring.service.SurveyCommands.AddWave;
import kr.seoul.chatdong.monitoring.service.SurveyCommands.CreateSurvey;
import kr.seoul.chatdong.monitoring.service.SurveyCommands.EnterAggregates;

/**
 * Use cases of the performance-evaluation surveys (성과평가 설문, plan §7): define a survey, add its
 * waves, import a wave's responses from CSV, and read what they measure — per question of a wave,
 * and one question compared between a baseline and a follow-up wave.
 */
@ApplicationScoped
public class SurveyService {

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyWaveRepository waves;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    SurveyAggregateRepository aggregates;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Survey create(CreateSurvey command) {
        if (surveys.existsWithCode(command.code())) {
            throw new DomainException.StateConflict(
                    "A survey with code '" + command.code() + "' exists already; choose another code");
        }
        List<SurveyQuestion> questions = command.questions().stream()
                .map(q -> new SurveyQuestion(q.code(), q.text(), q.scale()))
                .toList();
        Survey survey =
                Survey.define(command.code(), command.title(), command.population(), questions, clock.instant());
        surveys.persist(survey);
        surveys.flush();
        audit.created("survey", survey.id(), command);
        return survey;
    }

    public Survey get(UUID id) {
        return surveys.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("survey", id));
    }

    @Transactional
    public SurveyWave addWave(UUID surveyId, AddWave command) {
        Survey survey = get(surveyId);
        if (waves.find(surveyId, command.code()).isPresent()) {
            throw new DomainException.StateConflict("Survey '" + survey.code() + "' has a wave '" + command.code()
                    + "' already; wave codes are unique within a survey");
        }
        SurveyWave wave = SurveyWave.of(
                survey, command.code(), command.kind(), command.fieldedFrom(), command.fieldedTo(), clock.instant());
        waves.persist(wave);
        waves.flush();
        audit.created("survey-wave", wave.id(), command);
        return wave;
    }

    public SurveyWave wave(UUID surveyId, String code) {
        return waves.find(surveyId, code).orElseThrow(() -> notFound(surveyId, code));
    }

    /** What an import did: the rows it stored, the rows it refused, and the wave after it. */
    public record Imported(int accepted, List<ResponseImport.Rejection> rejected, int rejectedCount, SurveyWave wave) {}

    /**
     * Imports a CSV file of responses into a wave, in one transaction: valid rows are stored, the
     * others reported by line. A file that is not UTF-8, not CSV, or whose header is not the
     * survey's columns is refused whole (400) and nothing is stored. Imports into the same wave
     * run one after another (the wave is locked), so a respondent is never stored twice.
     */
    @Transactional
    public Imported importResponses(UUID surveyId, String waveCode, byte[] csv) {
        Survey survey = get(surveyId);
        SurveyWave wave = waves.lock(surveyId, waveCode).orElseThrow(() -> notFound(surveyId, waveCode));
        wave.requireNoAggregates();
        CsvUpload.Sheet sheet = CsvUpload.read(csv);
        ResponseColumns columns = survey.columns(sheet.header());
        Set<String> respondentIds = new LinkedHashSet<>();
        for (CsvUpload.Row row : sheet.rows()) {
            if (row.cells().size() == columns.width()) {
                respondentIds.add(row.cells().get(columns.respondentId()).strip());
            }
        }
        ResponseImport checked = new ResponseImport(
                survey,
                columns,
                geography::isDong,
                responses.presentIn(wave.id(), respondentIds),
                responses.groupsOfDongs(wave.id()));
        for (CsvUpload.Row row : sheet.rows()) {
            checked.offer(row.line(), row.cells());
        }
        responses.insert(wave.id(), survey.questions(), checked.accepted());
        wave.received(checked.accepted().size());
        waves.flush();
        audit.record(
                "survey-wave",
                wave.id(),
                "IMPORT_RESPONSES",
                List.of("responses[" + checked.accepted().size() + "]"));
        return new Imported(checked.accepted().size(), checked.rejections(), checked.rejectedCount(), wave);
    }

    /**
     * Enters a wave's answers as figures (집계 입력), replacing the figures it had, in one
     * transaction: a wave known only by a report's totals. Refused (409) when the wave has
     * respondent rows; the first entry needs no If-Match, replacing entered figures needs the
     * wave's version (428/412). Holds the wave's lock, as imports do, so that an import and an
     * entry never both succeed on one wave.
     */
    @Transactional
    public WaveAggregates enterAggregates(
            UUID surveyId, String waveCode, EnterAggregates command, ExpectedVersion ifMatch) {
        Survey survey = get(surveyId);
        SurveyWave wave = waves.lock(surveyId, waveCode).orElseThrow(() -> notFound(surveyId, waveCode));
        if (wave.hasAggregates()) {
            ifMatch.require(wave.version(), "survey wave's aggregates");
        }
        List<WaveFigures.Group> figures = WaveFigures.check(
                survey,
                command.groups() == null
                        ? List.of()
                        : command.groups().stream()
                                .map(g -> g == null
                                        ? new WaveFigures.EnteredGroup(null, null, List.of())
                                        : new WaveFigures.EnteredGroup(
                                                g.group(),
                                                g.n(),
                                                g.questions() == null
                                                        ? List.of()
                                                        : g.questions().stream()
                                                                .map(q -> q == null
                                                                        ? null
                                                                        : new WaveFigures.EnteredQuestion(
                                                                                q.code(), q.n(), q.yes(), q.mean()))
                                                                .toList()))
                                .toList());
        wave.aggregatesEntered(clock.instant());
        aggregates.replace(wave.id(), figures);
        waves.flush();
        audit.record("survey-wave", wave.id(), "ENTER_AGGREGATES", List.of("groups[" + figures.size() + "]"));
        return aggregates(survey, wave, null);
    }

    /** One question's answers in a wave (of one group, or everyone). */
    public record QuestionTally(SurveyQuestion question, Tally tally) {}

    public record WaveAggregates(
            Survey survey, SurveyWave wave, RespondentGroup group, long respondents, List<QuestionTally> questions) {}

    /** Per question of the wave, summed by the database; questions nobody answered have n 0. */
    public WaveAggregates aggregates(UUID surveyId, String waveCode, RespondentGroup group) {
        return aggregates(get(surveyId), wave(surveyId, waveCode), group);
    }

    private WaveAggregates aggregates(Survey survey, SurveyWave wave, RespondentGroup group) {
        Map<String, Tally> tallies = responses.tallies(wave.id(), group);
        List<QuestionTally> questions = new ArrayList<>();
        for (SurveyQuestion question : survey.questions()) {
            questions.add(new QuestionTally(question, tallies.getOrDefault(question.code(), Tally.NONE)));
        }
        return new WaveAggregates(survey, wave, group, responses.respondents(wave.id(), group), questions);
    }

    public record Comparison(
            Survey survey, SurveyQuestion question, SurveyWave baseline, SurveyWave followUp, WaveComparison result) {}

    /**
     * One question compared between two waves of the survey, per group, with the
     * difference-in-differences. The waves and the question are query values: an unknown one is a
     * 400 naming the parameter, as is a follow-up not fielded after the baseline.
     */
    public Comparison compare(UUID surveyId, String baselineCode, String followUpCode, String questionCode) {
        Survey survey = get(surveyId);
        SurveyQuestion question = survey.question(questionCode)
                .orElseThrow(() -> new DomainException.InvalidValue(
                        "question",
                        "'" + abbreviate(questionCode) + "' is not a question of survey '" + survey.code()
                                + "'; its questions are "
                                + String.join(
                                        ", ",
                                        survey.questions().stream()
                                                .map(SurveyQuestion::code)
                                                .toList())));
        SurveyWave baseline =
                waves.find(surveyId, baselineCode).orElseThrow(() -> unknownWave("baseline", baselineCode, survey));
        SurveyWave followUp =
                waves.find(surveyId, followUpCode).orElseThrow(() -> unknownWave("followUp", followUpCode, survey));
        if (!followUp.fieldedFrom().isAfter(baseline.fieldedFrom())) {
            throw new DomainException.InvalidValue(
                    "followUp",
                    "wave '" + followUp.code() + "' (fielded from " + followUp.fieldedFrom()
                            + ") must be fielded after the baseline wave '" + baseline.code() + "' (fielded from "
                            + baseline.fieldedFrom() + ")");
        }
        WaveComparison result = WaveComparison.of(
                question,
                responses.talliesByGroup(baseline.id(), question.code()),
                responses.talliesByGroup(followUp.id(), question.code()),
                baseline.code(),
                followUp.code());
        return new Comparison(survey, question, baseline, followUp, result);
    }

    private static DomainException unknownWave(String parameter, String code, Survey survey) {
        return new DomainException.InvalidValue(
                parameter,
                "'" + abbreviate(code) + "' is not a wave of survey '" + survey.code() + "' (see GET /api/v1/surveys/"
                        + survey.id() + "/waves)");
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static DomainException notFound(UUID surveyId, String waveCode) {
        return new DomainException.NotFound("wave of survey " + surveyId, waveCode);
    }
}
