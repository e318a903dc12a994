package kr.seoul.chatdong.monitoring.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.language.events.cases.CasePublished;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;
import kr.seoul.chatdong.language.events.training.CohortPlanned;
import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.IndicatorContribution;
import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;
import kr.seoul.chatdong.monitoring.domain.IndicatorRevision;
import kr.seoul.chatdong.monitoring.domain.IndicatorScope;
import kr.seoul.chatdong.monitoring.domain.IndicatorValue;
import kr.seoul.chatdong.monitoring.domain.Period;
import kr.seoul.chatdong.monitoring.domain.ProgramEntry;
import kr.seoul.chatdong.monitoring.domain.Rollout;
import kr.seoul.chatdong.monitoring.repository.IndicatorContributionRepository;
import kr.seoul.chatdong.monitoring.repository.IndicatorContributionRepository.Totals;
import kr.seoul.chatdong.monitoring.repository.IndicatorContributionRepository.ValueKey;
import kr.seoul.chatdong.monitoring.repository.IndicatorDefinitionRepository;
import kr.seoul.chatdong.monitoring.repository.IndicatorRevisionRepository;
import kr.seoul.chatdong.monitoring.repository.IndicatorValueRepository;
import kr.seoul.chatdong.monitoring.repository.RolloutRepository;
import kr.seoul.chatdong.monitoring.service.IndicatorCommands.Define;
import kr.seoul.chatdong.monitoring.service.IndicatorCommands.EnterValue;
import kr.seoul.chatdong.monitoring.service.IndicatorCommands.Revise;

/**
 * Use cases of the performance indicators: read one definition or value, enter a value (district
 * officers for their district), and derive the values of the three derived indicators from other
 * services' events — each in the transaction of the event's handling.
 */
@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorDefinitionRepository definitions;

    @Inject
    IndicatorValueRepository values;

    @Inject
    IndicatorRevisionRepository revisions;

    @Inject
    IndicatorContributionRepository contributions;

    @Inject
    RolloutRepository rollout;

    @Inject
    SeoulGeography geography;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public IndicatorDefinition definition(String code) {
        return definitions.findByIdOptional(code).orElseThrow(() -> new DomainException.NotFound("indicator", code));
    }

    /**
     * Defines a new entered indicator, placed after the others, and records its creation as its
     * first revision. A code already defined is a 409 (rule {@code code-taken}); a derived one 422.
     */
    @Transactional
    public IndicatorDefinition define(Define command) {
        String code = command.definition().code();
        if (definitions.findByIdOptional(code).isPresent()) {
            throw new DomainException.StateConflict("Indicator " + code + " is already defined; "
                            + "change it with PATCH /api/v1/indicators/" + code)
                    .with("rule", "code-taken");
        }
        IndicatorDefinition indicator = IndicatorDefinition.define(command.definition(), definitions.nextPosition());
        definitions.persist(indicator);
        definitions.flush();
        revisions.persist(IndicatorRevision.of(
                code, IndicatorRevision.Action.CREATED, caller.account(), clock.instant(), indicator.asCreated()));
        audit.created("indicator", code, command);
        return indicator;
    }

    /**
     * Revises an indicator's definition or targets (If-Match with its ETag) and records who
     * changed what; a revision that changes nothing records nothing and keeps the version.
     */
    @Transactional
    public IndicatorDefinition revise(Revise command, ExpectedVersion ifMatch) {
        IndicatorDefinition indicator = definition(command.code());
        ifMatch.require(indicator.version(), "indicator");
        List<IndicatorDefinition.Change> changes = indicator.revise(command.revision());
        if (changes.isEmpty()) {
            return indicator;
        }
        definitions.flush();
        revisions.persist(IndicatorRevision.of(
                indicator.code(), IndicatorRevision.Action.REVISED, caller.account(), clock.instant(), changes));
        audit.record(
                "indicator",
                indicator.code(),
                "UPDATE",
                changes.stream().map(IndicatorDefinition.Change::field).toList());
        return indicator;
    }

    public IndicatorValue value(String indicatorCode, String scopeCode, String period) {
        IndicatorDefinition indicator = definition(indicatorCode);
        Period parsed = indicator.period(period, "period");
        String scope = scopeOf(indicator, scopeCode).code();
        return values.findByIdOptional(new IndicatorValue.Key(indicator.code(), scope, parsed.toString()))
                .orElseThrow(() -> new DomainException.NotFound("value of " + indicator.code(), scope + "/" + parsed));
    }

    /**
     * Enters or changes a value; returns it and whether it was new. Refusals, in order: unknown
     * indicator 404, derived indicator 409, period or scope code malformed 400, a district officer
     * of another district 403, a change without (or with a stale) If-Match 428/412, a value out of
     * range 400, a dong or district outside the program in that period 422.
     */
    @Transactional
    public Recorded enter(EnterValue command, ExpectedVersion ifMatch) {
        IndicatorDefinition indicator = definition(command.indicatorCode());
        indicator.requireEntered();
        Period period = indicator.period(command.period(), "period");
        Scope scope = scopeOf(indicator, command.scopeCode());
        caller.mayWriteDistrict(scope.districtCode());
        IndicatorValue existing =
                values.findById(new IndicatorValue.Key(indicator.code(), scope.code(), period.toString()));
        if (existing != null) {
            ifMatch.require(existing.version(), "indicator value");
        }
        IndicatorValue value = indicator.enter(
                scope.code(),
                scope.districtCode(),
                scope.label(),
                period,
                command.value(),
                entryOf(scope),
                existing,
                clock.instant());
        if (existing == null) {
            values.persist(value);
        }
        values.flush();
        audit.record(
                "indicator-value",
                indicator.code() + "/" + scope.code() + "/" + period,
                existing == null ? "CREATE" : "UPDATE",
                List.of("value"));
        return new Recorded(value, existing == null);
    }

    public record Recorded(IndicatorValue value, boolean created) {}

    /**
     * cohort.planned → 교육실행율 (held ÷ planned) of the district that organises the cohort, for the cohort's
     * year; the cohort's newest standing replaces what it counted before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deriveFrom(CohortPlanned cohort, String eventId) {
        IndicatorDefinition indicator = definition(IndicatorDefinition.TRAINING_EXECUTION_RATE);
        replace(
                indicator,
                cohort.cohortId(),
                IndicatorContribution.ofCohortPlan(indicator, cohort, geography::isDistrict, eventId, clock.instant()),
                eventId);
    }

    /** meeting.held → 민관 협력 of the council's district, for the half-year it was held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deriveFrom(MeetingHeld meeting, String eventId) {
        IndicatorDefinition indicator = definition(IndicatorDefinition.PUBLIC_PRIVATE_COLLABORATION);
        replace(
                indicator,
                meeting.meetingId(),
                IndicatorContribution.ofMeeting(indicator, meeting, geography::isDistrict, eventId, clock.instant()),
                eventId);
    }

    /** case.published → 우수사례 게시 건수 of the case's district, for the year it was published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deriveFrom(CasePublished published, String eventId) {
        IndicatorDefinition indicator = definition(IndicatorDefinition.BEST_PRACTICE_CASES_PUBLISHED);
        replace(
                indicator,
                published.caseId(),
                IndicatorContribution.ofCase(indicator, published, geography::isDistrict, eventId, clock.instant()),
                eventId);
    }

    /**
     * Replaces what {@code source} contributes to the indicator with {@code fresh}, and recomputes
     * every value it contributed to before or contributes to now. A value left without
     * contributions (or a rate without a denominator) is removed.
     */
    private void replace(
            IndicatorDefinition indicator, UUID source, List<IndicatorContribution> fresh, String eventId) {
        Set<ValueKey> touched = new LinkedHashSet<>(contributions.valuesOf(indicator.code(), source));
        contributions.removeOf(indicator.code(), source);
        for (IndicatorContribution c : fresh) {
            contributions.persist(c);
            touched.add(new ValueKey(c.scopeCode(), c.period()));
        }
        contributions.flush();
        Instant now = clock.instant();
        for (ValueKey key : touched) {
            Totals totals = contributions.totals(indicator.code(), key.scopeCode(), key.period());
            IndicatorValue value =
                    values.findById(new IndicatorValue.Key(indicator.code(), key.scopeCode(), key.period()));
            Optional<BigDecimal> computed = totals.count() == 0
                    ? Optional.empty()
                    : indicator.derivedValue(totals.numerator(), totals.denominator());
            if (computed.isEmpty()) {
                if (value != null) {
                    values.delete(value);
                }
                continue;
            }
            boolean first = value == null;
            if (first) {
                value = IndicatorValue.derived(
                        indicator.code(), key.scopeCode(), districtOf(indicator, key.scopeCode()), key.period());
            }
            value.derive(computed.get(), totals.numerator(), totals.denominator(), eventId, now);
            if (first) {
                values.persist(value);
            }
        }
        values.flush();
    }

    private String districtOf(IndicatorDefinition indicator, String scopeCode) {
        return indicator.scope() == IndicatorScope.DISTRICT
                ? scopeCode
                : geography.dong(scopeCode).orElseThrow().districtCode();
    }

    /** The dong or district a value is about, as the indicator's scope asks for it. */
    private record Scope(IndicatorScope kind, String code, String districtCode, String label, Dong dong) {}

    private Scope scopeOf(IndicatorDefinition indicator, String code) {
        String value = code == null ? "" : code.strip();
        if (indicator.scope() == IndicatorScope.DONG) {
            if (!value.matches("\\d{10}")) {
                throw new DomainException.InvalidValue(
                        "scopeCode",
                        indicator.code() + " is recorded per dong: give a 10-digit 행정동 code "
                                + "(e.g. 1129052500), not '" + abbreviate(value) + "'");
            }
            Dong dong = geography.requireDong(value, "scopeCode");
            return new Scope(
                    IndicatorScope.DONG,
                    dong.code(),
                    dong.districtCode(),
                    "dong " + dong.code() + " (" + dong.districtNameKo() + " " + dong.nameKo() + ")",
                    dong);
        }
        if (!value.matches("\\d{5}")) {
            throw new DomainException.InvalidValue(
                    "scopeCode",
                    indicator.code() + " is recorded per district: give a 5-digit 자치구 code " + "(e.g. 11290), not '"
                            + abbreviate(value) + "'");
        }
        District district = geography.requireDistrict(value, "scopeCode");
        return new Scope(
                IndicatorScope.DISTRICT,
                district.code(),
                district.code(),
                "district " + district.code() + " (" + district.nameKo() + ")",
                null);
    }

    /** When the dong or district joined the program (its roll-out phase), empty while it has not. */
    private Optional<ProgramEntry> entryOf(Scope scope) {
        Rollout snapshot = new Rollout(rollout.assignments());
        Optional<Integer> phase = scope.kind() == IndicatorScope.DONG
                ? snapshot.phaseOf(scope.dong())
                : snapshot.phaseOfDistrict(scope.code(), geography.dongsOf(scope.code()));
        return phase.flatMap(rollout::phase).map(ProgramEntry::of);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
