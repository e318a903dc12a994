package kr.seoul.chatdong.language.events;

import java.util.List;
import java.util.Optional;

import kr.seoul.chatdong.language.events.cases.CasePublished;
import kr.seoul.chatdong.language.events.governance.ActionItemOverdue;
import kr.seoul.chatdong.language.events.governance.DecisionRecorded;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;
import kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected;
import kr.seoul.chatdong.language.events.monitoring.ConsultingStep;
import kr.seoul.chatdong.language.events.monitoring.ReportPublished;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.events.training.CohortCompleted;
import kr.seoul.chatdong.language.events.training.CohortPlanned;
import kr.seoul.chatdong.language.events.training.DistrictReportRecorded;
import kr.seoul.chatdong.language.events.training.TargetsSet;

/**
 * Every event type of the platform. A type is defined once, here, next to its JSON Schema and
 * example (resources {@code events/}); the producer named owns it and its compatibility: a new
 * field is added, never removed or renamed within a version.
 */
public final class EventCatalog {

    public static final EventType<RoundCompleted> ROUND_COMPLETED = new EventType<>(
            "kr.seoul.chatdong.monitoring.round.completed.v1",
            "monitoring.rounds",
            RoundCompleted.class,
            "monitoring-service",
            "A monitoring round was completed: every dong's scores per field, with the round's bars. "
                    + "Consumers open consulting assignments and training needs for scores below the bar, "
                    + "nominate best-practice cases at or above the excellence bar, and put a review on the "
                    + "metropolitan council's agenda.");

    public static final EventType<AssessmentCorrected> ASSESSMENT_CORRECTED = new EventType<>(
            "kr.seoul.chatdong.monitoring.assessment.corrected.v1",
            "monitoring.rounds",
            AssessmentCorrected.class,
            "monitoring-service",
            "A city admin corrected one score of a completed round, with the old and new score and the round's bars. "
                    + "Every consumer of round.completed reconciles: what the old score derived and the new one does not is "
                    + "withdrawn with the reason (nothing is deleted), what the new score derives and the old one did not is "
                    + "created, what both derive is untouched. Same topic and key as round.completed, so it follows the completion.");

    /** The topic of a consulting assignment's steps; key and ce_subject: the assignment id, so its steps stay in order. */
    public static final EventType<ReportPublished> REPORT_PUBLISHED = new EventType<>(
            "kr.seoul.chatdong.monitoring.report.published.v1",
            "monitoring.reports",
            ReportPublished.class,
            "monitoring-service",
            "A version of a year's evaluation report was published: the year, the version and the path that answers it "
                    + "(JSON or PDF) ever after. Governance puts it on the agenda of the council routed for EVALUATION (공유보고).");

    public static final String CONSULTING_TOPIC = "monitoring.consulting";

    private static final String CONSULTING_SCHEMA = "kr.seoul.chatdong.monitoring.consulting.v1";

    public static final EventType<ConsultingStep> CONSULTING_ASSIGNED = consulting(
            "assigned",
            "A consultant was assigned to a consulting assignment: matched automatically when the round's assignments "
                    + "were opened, or assigned or reassigned by a city admin (then previousConsultantId names who had it).");
    public static final EventType<ConsultingStep> CONSULTING_SCHEDULED = consulting(
            "scheduled",
            "The consultant scheduled the visit to the dong (visitOn), inside the round's consulting window.");
    public static final EventType<ConsultingStep> CONSULTING_VISITED =
            consulting("visited", "The consultant visited the dong (visitedOn).");
    public static final EventType<ConsultingStep> CONSULTING_REPORTED = consulting(
            "reported",
            "The consultant reported a diagnosis with recommendations and follow-ups (their counts travel; the text stays in monitoring).");
    public static final EventType<ConsultingStep> CONSULTING_CLOSED =
            consulting("closed", "The consulting assignment was closed after its report.");
    public static final EventType<ConsultingStep> CONSULTING_CANCELLED = consulting(
            "cancelled",
            "The consulting assignment was cancelled before it was closed (the reason stays in monitoring).");
    public static final EventType<ConsultingStep> CONSULTING_WITHDRAWN = consulting(
            "withdrawn",
            "A corrected assessment lifted the (dong, field) to or above the round's bar: the assignment no longer applies.");

    private static EventType<ConsultingStep> consulting(String step, String description) {
        return new EventType<>(
                "kr.seoul.chatdong.monitoring.consulting." + step + ".v1",
                CONSULTING_TOPIC,
                ConsultingStep.class,
                "monitoring-service",
                description,
                CONSULTING_SCHEMA);
    }

    public static final EventType<MeetingHeld> MEETING_HELD = new EventType<>(
            "kr.seoul.chatdong.governance.meeting.held.v1",
            "governance.meetings",
            MeetingHeld.class,
            "governance-service",
            "A council meeting was held: the council (its kind, and its district for a district-scope council), "
                    + "the day, attendance and the number of decisions. Monitoring counts the meetings of district-scope "
                    + "councils as the district's public–private collaboration indicator.");

    public static final EventType<DecisionRecorded> DECISION_RECORDED = new EventType<>(
            "kr.seoul.chatdong.governance.decision.recorded.v1",
            "governance.decisions",
            DecisionRecorded.class,
            "governance-service",
            "A council meeting recorded a decision (의결): the meeting, the council and its kind, the meeting's day and the "
                    + "decision's text. Cases keeps the decisions it has seen, so that a manual version is approved only by "
                    + "a decision governance recorded.");

    public static final EventType<ActionItemOverdue> ACTION_ITEM_OVERDUE = new EventType<>(
            "kr.seoul.chatdong.governance.action-item.overdue.v1",
            "governance.action-items",
            ActionItemOverdue.class,
            "governance-service",
            "An action item of a council was still open after its due date (emitted once per item): the council, its kind "
                    + "and district, the decision that set it, the due date, status and progress. No title or owner travels.");

    public static final EventType<CohortCompleted> COHORT_COMPLETED = new EventType<>(
            "kr.seoul.chatdong.training.cohort.completed.v1",
            "training.cohorts",
            CohortCompleted.class,
            "training-service",
            "A training cohort ended: trainees enrolled and completed, in total and per district. Monitoring keeps it "
                    + "for the yearly report (completions, satisfaction).");

    public static final EventType<CohortPlanned> COHORT_PLANNED = new EventType<>(
            "kr.seoul.chatdong.training.cohort.planned.v1",
            "training.cohort-plans",
            CohortPlanned.class,
            "training-service",
            "Where a cohort stands in its year's plan, sent when it is planned, held (completed) or cancelled: its "
                    + "organiser (CITY or a district), year and status PLANNED|HELD|CANCELLED; the newest event of a cohort "
                    + "is its standing. Monitoring derives each district's training execution rate (교육실행율 = cohorts held ÷ "
                    + "cohorts planned for the year) of the cohorts the district organises.");

    public static final EventType<TargetsSet> TARGETS_SET = new EventType<>(
            "kr.seoul.chatdong.training.targets.set.v1",
            "training.targets",
            TargetsSet.class,
            "training-service",
            "A year's training targets per organiser (CITY or a district) and audience were set; the list replaces the year's "
                    + "earlier targets. Monitoring reads the year's targets into the evaluation report.");

    public static final EventType<DistrictReportRecorded> DISTRICT_REPORT_RECORDED = new EventType<>(
            "kr.seoul.chatdong.training.district-report.recorded.v1",
            "training.district-reports",
            DistrictReportRecorded.class,
            "training-service",
            "A district's report of training it held outside the platform (자치구 주도교육) as it stands, sent when it is "
                    + "reported, corrected or withdrawn: district, year and month, audience, completions, status "
                    + "RECORDED|WITHDRAWN and the report's version (the highest is its standing). Monitoring counts the "
                    + "completions of recorded reports in the yearly report's training section.");

    public static final EventType<kr.seoul.chatdong.language.events.training.NeedMet> NEED_MET = new EventType<>(
            "kr.seoul.chatdong.training.need.met.v1",
            "training.needs",
            kr.seoul.chatdong.language.events.training.NeedMet.class,
            "training-service",
            "A training need revealed by a monitoring round is met: trainees from its dong completed a cohort of a course "
                    + "addressing its field. Codes and counts only.");

    public static final EventType<CasePublished> CASE_PUBLISHED = new EventType<>(
            "kr.seoul.chatdong.cases.case.published.v1",
            "cases.cases",
            CasePublished.class,
            "cases-service",
            "A best-practice case was published: its district (and dong), fields, publication time and the channels "
                    + "it is scheduled on. Monitoring counts each district's published cases per year.");

    public static final EventType<kr.seoul.chatdong.language.events.cases.ContestResultsPublished>
            CONTEST_RESULTS_PUBLISHED = new EventType<>(
                    "kr.seoul.chatdong.cases.contest.results-published.v1",
                    "cases.contests",
                    kr.seoul.chatdong.language.events.cases.ContestResultsPublished.class,
                    "cases-service",
                    "The results of a sharing contest (우수사례 공유대회) were published: its eligible period and every entry's rank, "
                            + "case, district and dong, weighted score and award. Its scores are frozen from then on. No names travel.");

    private static final List<EventType<?>> ALL = List.of(
            ROUND_COMPLETED,
            ASSESSMENT_CORRECTED,
            REPORT_PUBLISHED,
            CONSULTING_ASSIGNED,
            CONSULTING_SCHEDULED,
            CONSULTING_VISITED,
            CONSULTING_REPORTED,
            CONSULTING_CLOSED,
            CONSULTING_CANCELLED,
            CONSULTING_WITHDRAWN,
            MEETING_HELD,
            DECISION_RECORDED,
            ACTION_ITEM_OVERDUE,
            COHORT_COMPLETED,
            COHORT_PLANNED,
            TARGETS_SET,
            DISTRICT_REPORT_RECORDED,
            NEED_MET,
            CASE_PUBLISHED,
            CONTEST_RESULTS_PUBLISHED);

    private EventCatalog() {}

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    /** Topic that receives what consumers of {@code topic} could not process. */
    public static String deadLetterTopic(String topic) {
        return topic + ".dlq";
    }
}
