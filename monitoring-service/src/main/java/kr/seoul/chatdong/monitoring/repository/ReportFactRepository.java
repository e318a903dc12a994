package kr.seoul.chatdong.monitoring.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import kr.seoul.chatdong.language.events.training.TargetsSet;

/**
 * The facts of other services the yearly report reads (V13), written as their events arrive. Each is
 * keyed by its source (case, meeting, action item, cohort, year), so an event delivered again
 * replaces what it wrote.
 */
@ApplicationScoped
public class ReportFactRepository {

    @Inject
    EntityManager em;

    public void casePublished(UUID caseId, String districtCode, LocalDate publishedOn, String eventId) {
        em.createNativeQuery("""
                        INSERT INTO report_case (case_id, district_code, published_on, source_event_id) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (case_id) DO UPDATE SET district_code = EXCLUDED.district_code,
                            published_on = EXCLUDED.published_on, source_event_id = EXCLUDED.source_event_id""")
                .setParameter(1, caseId)
                .setParameter(2, districtCode)
                .setParameter(3, publishedOn)
                .setParameter(4, eventId)
                .executeUpdate();
    }

    public void meetingHeld(
            UUID meetingId,
            UUID councilId,
            String councilKind,
            String districtCode,
            LocalDate heldOn,
            int present,
            int inOffice,
            int decisions,
            String eventId) {
        em.createNativeQuery("""
                        INSERT INTO report_meeting (meeting_id, council_id, council_kind, district_code, held_on,
                            members_present, members_in_office, decisions, source_event_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (meeting_id) DO UPDATE SET council_kind = EXCLUDED.council_kind,
                            district_code = EXCLUDED.district_code, held_on = EXCLUDED.held_on,
                            members_present = EXCLUDED.members_present, members_in_office = EXCLUDED.members_in_office,
                            decisions = EXCLUDED.decisions, source_event_id = EXCLUDED.source_event_id""")
                .unwrap(NativeQuery.class)
                .setParameter(1, meetingId)
                .setParameter(2, councilId)
                .setParameter(3, councilKind)
                .setParameter(4, districtCode, String.class)
                .setParameter(5, heldOn)
                .setParameter(6, present)
                .setParameter(7, inOffice)
                .setParameter(8, decisions)
                .setParameter(9, eventId)
                .executeUpdate();
    }

    public void actionItemOverdue(
            UUID actionItemId,
            String councilKind,
            String districtCode,
            LocalDate dueOn,
            LocalDate overdueOn,
            String eventId) {
        em.createNativeQuery("""
                        INSERT INTO report_overdue_action (action_item_id, council_kind, district_code, due_on, overdue_on, source_event_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (action_item_id) DO UPDATE SET council_kind = EXCLUDED.council_kind,
                            district_code = EXCLUDED.district_code, due_on = EXCLUDED.due_on,
                            overdue_on = EXCLUDED.overdue_on, source_event_id = EXCLUDED.source_event_id""")
                .unwrap(NativeQuery.class)
                .setParameter(1, actionItemId)
                .setParameter(2, councilKind)
                .setParameter(3, districtCode, String.class)
                .setParameter(4, dueOn)
                .setParameter(5, overdueOn)
                .setParameter(6, eventId)
                .executeUpdate();
    }

    public void cohortCompleted(
            UUID cohortId,
            String organiser,
            LocalDate endedOn,
            int enrolled,
            int completed,
            Integer evaluations,
            BigDecimal satisfaction,
            String eventId) {
        em.createNativeQuery("""
                        INSERT INTO report_cohort (cohort_id, organiser, ended_on, enrolled, completed, evaluations,
                            satisfaction, source_event_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        ON CONFLICT (cohort_id) DO UPDATE SET organiser = EXCLUDED.organiser, ended_on = EXCLUDED.ended_on,
                            enrolled = EXCLUDED.enrolled, completed = EXCLUDED.completed,
                            evaluations = EXCLUDED.evaluations, satisfaction = EXCLUDED.satisfaction,
                            source_event_id = EXCLUDED.source_event_id""")
                .unwrap(NativeQuery.class)
                .setParameter(1, cohortId)
                .setParameter(2, organiser)
                .setParameter(3, endedOn)
                .setParameter(4, enrolled)
                .setParameter(5, completed)
                .setParameter(6, evaluations, Integer.class)
                .setParameter(7, satisfaction, BigDecimal.class)
                .setParameter(8, eventId)
                .executeUpdate();
    }

    /**
     * A district's training report as it stands at {@code version}: kept unless the row holds a newer
     * version already (an event of an older one arriving late changes nothing).
     */
    public void districtReportRecorded(
            UUID reportId,
            String districtCode,
            int year,
            int month,
            String audience,
            int completions,
            String status,
            long version,
            String eventId) {
        em.createNativeQuery("""
                        INSERT INTO report_district_training (report_id, district_code, year, month, audience,
                            completions, status, version, source_event_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (report_id) DO UPDATE SET district_code = EXCLUDED.district_code,
                            year = EXCLUDED.year, month = EXCLUDED.month, audience = EXCLUDED.audience,
                            completions = EXCLUDED.completions, status = EXCLUDED.status, version = EXCLUDED.version,
                            source_event_id = EXCLUDED.source_event_id
                        WHERE report_district_training.version <= EXCLUDED.version""")
                .setParameter(1, reportId)
                .setParameter(2, districtCode)
                .setParameter(3, year)
                .setParameter(4, month)
                .setParameter(5, audience)
                .setParameter(6, completions)
                .setParameter(7, status)
                .setParameter(8, version)
                .setParameter(9, eventId)
                .executeUpdate();
    }

    /** The year's targets become {@code targets}, whatever it had. */
    public void targetsSet(int year, List<TargetsSet.Target> targets) {
        em.createNativeQuery("DELETE FROM report_training_target WHERE year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        for (TargetsSet.Target t : targets) {
            em.createNativeQuery("""
                            INSERT INTO report_training_target (year, organiser, audience, target) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT (year, organiser, audience) DO UPDATE SET target = EXCLUDED.target""")
                    .setParameter(1, year)
                    .setParameter(2, t.organiser())
                    .setParameter(3, t.audience())
                    .setParameter(4, t.target())
                    .executeUpdate();
        }
    }
}
