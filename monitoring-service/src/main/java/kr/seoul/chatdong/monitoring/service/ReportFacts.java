package kr.seoul.chatdong.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.language.events.cases.CasePublished;
import kr.seoul.chatdong.language.events.governance.ActionItemOverdue;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;
import kr.seoul.chatdong.language.events.training.CohortCompleted;
import kr.seoul.chatdong.language.events.training.DistrictReportRecorded;
import kr.seoul.chatdong.language.events.training.TargetsSet;
import kr.seoul.chatdong.monitoring.repository.ReportFactRepository;

/**
 * Keeps what the yearly report needs of other services' events: the report reads these facts, never
 * another service's API. Each runs in the consumer's transaction, beside its processed-event record.
 */
@ApplicationScoped
public class ReportFacts {

    @Inject
    ReportFactRepository facts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CasePublished event, String eventId) {
        facts.casePublished(
                event.caseId(),
                event.districtCode(),
                event.publishedAt().atZone(Clocks.SEOUL).toLocalDate(),
                eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(MeetingHeld event, String eventId) {
        facts.meetingHeld(
                event.meetingId(),
                event.councilId(),
                event.councilKind(),
                event.districtCode(),
                event.heldOn(),
                event.membersPresent(),
                event.membersInOffice(),
                event.decisions(),
                eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ActionItemOverdue event, String eventId) {
        facts.actionItemOverdue(
                event.actionItemId(),
                event.councilKind(),
                event.districtCode(),
                event.dueOn(),
                event.overdueOn(),
                eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CohortCompleted event, String eventId) {
        facts.cohortCompleted(
                event.cohortId(),
                event.organiser(),
                event.endedOn(),
                event.enrolled(),
                event.completed(),
                event.evaluations(),
                event.satisfaction(),
                eventId);
    }

    /** A district's training report as it stands; the newest version of a report wins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DistrictReportRecorded event, String eventId) {
        facts.districtReportRecorded(
                event.reportId(),
                event.districtCode(),
                event.year(),
                event.month(),
                event.audience(),
                event.completions(),
                event.status(),
                event.version(),
                eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TargetsSet event) {
        facts.targetsSet(event.year(), event.targets() == null ? java.util.List.of() : event.targets());
    }
}
