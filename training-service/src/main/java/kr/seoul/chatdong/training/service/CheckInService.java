package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.training.domain.AttendanceStatus;
import kr.seoul.chatdong.training.domain.CheckInCode;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.Trainee;
import kr.seoul.chatdong.training.repository.CheckInCodeRepository;
import kr.seoul.chatdong.training.repository.CohortSessionRepository;
import kr.seoul.chatdong.training.repository.TraineeRepository;

/**
 * QR self check-in: a trainer issues a short-lived code for a session (shown as a QR code of the
 * check-in URL); a trainee enrolled in the cohort posts it while the session runs and is marked
 * PRESENT (a check-in is never LATE: a trainer corrects that with PUT attendance).
 */
@ApplicationScoped
public class CheckInService {

    @Inject
    TraineeRepository trainees;

    @Inject
    CohortSessionRepository sessions;

    @Inject
    CheckInCodeRepository codes;

    @Inject
    AttendanceService attendance;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @ConfigProperty(name = "chatdong.training.check-in.code-ttl", defaultValue = "PT10M")
    Duration codeTtl;

    @ConfigProperty(name = "chatdong.training.check-in.url", defaultValue = "http://localhost:8083/check-in")
    String checkInUrl;

    /** A code issued: the code itself (shown once, stored hashed), until when it is valid, and the URL its QR code holds. */
    public record IssuedCode(UUID sessionId, String code, Instant expiresAt, String checkInUrl) {}

    @Transactional
    public IssuedCode issue(UUID sessionId) {
        CohortSession session = session(sessionId);
        attendance.requireChangeable(session);
        CheckInCode.Issued issued = CheckInCode.issue(session, codeTtl, caller.account(), clock.instant());
        codes.persist(issued.stored());
        audit.record("session", sessionId, "ISSUE_CHECK_IN_CODE", List.of("expiresAt"));
        return new IssuedCode(sessionId, issued.code(), issued.stored().expiresAt(), url(sessionId, issued.code()));
    }

    /** The check-in URL of a code still valid (for its QR image); 404 for an unknown or expired one. */
    public String urlOfValidCode(UUID sessionId, String code) {
        CheckInCode stored = codes.findByIdOptional(CheckInCode.hash(code))
                .filter(c -> c.sessionId().equals(sessionId) && !c.expiredAt(clock.instant()))
                .orElseThrow(() -> new DomainException.NotFound("check-in code of session " + sessionId, code));
        return url(stored.sessionId(), code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The calling trainee (the sign-in account name is the trainee id) checks in: refused before the session
     * starts or after it ends (409), with a wrong or expired code, or when not ENROLLED in the cohort (422).
     */
    @Transactional
    public AttendanceService.Mark checkIn(UUID sessionId, String code) {
        CohortSession session = session(sessionId);
        Cohort cohort = attendance.requireChangeable(session);
        Instant now = clock.instant();
        CheckInCode.admit(codes.findByIdOptional(CheckInCode.hash(code)).orElse(null), session, now);
        UUID traineeId = traineeOfCaller();
        @SuppressWarnings("unchecked")
        List<UUID> enrolment = em.createNativeQuery(
                        "SELECT id FROM enrolment WHERE cohort_id = ?1 AND trainee_id = ?2 AND status = 'ENROLLED'",
                        UUID.class)
                .setParameter(1, cohort.id())
                .setParameter(2, traineeId)
                .getResultList();
        if (enrolment.isEmpty()) {
            throw new DomainException.RuleViolation(
                            "You are not enrolled in cohort " + cohort.number() + " of this session (a waiting or "
                                    + "cancelled enrolment does not count); ask the trainer (이 기수의 수강생이 아닙니다)")
                    .with("rule", "not-enrolled");
        }
        AttendanceService.Mark mark = new AttendanceService.Mark(enrolment.get(0), AttendanceStatus.PRESENT);
        attendance.write(sessionId, List.of(mark), AttendanceService.Source.CHECK_IN);
        audit.record("session", sessionId, "CHECK_IN", List.of("attendance[1 items]"));
        return mark;
    }

    private UUID traineeOfCaller() {
        return trainees.byAccount(caller.account())
                .map(Trainee::id)
                .orElseThrow(() -> new DomainException.NotAllowed("No trainee is linked to your account '"
                        + caller.account() + "'; ask the trainer to register you with it "
                        + "(POST /api/v1/trainees with \"account\")"));
    }

    private CohortSession session(UUID sessionId) {
        return sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> new DomainException.NotFound("session", sessionId));
    }

    private String url(UUID sessionId, String code) {
        return checkInUrl + "?session=" + sessionId + "&code=" + code;
    }
}
