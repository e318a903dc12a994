package kr.seoul.chatdong.training.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.training.document.CertificateDocument;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.Trainee;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.repository.EnrolmentRepository;
import kr.seoul.chatdong.training.repository.TraineeRepository;

/** 수료증: the PDF of a completer's certificate, and its public verification (initials, course, cohort, date only). */
@ApplicationScoped
public class CertificateService {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    TraineeRepository trainees;

    @Inject
    CohortRepository cohorts;

    @Inject
    CourseRepository courses;

    /** Where the public verification is served; an operator puts the gateway's address here. */
    @ConfigProperty(name = "chatdong.training.public-url", defaultValue = "http://localhost:8083")
    String publicUrl;

    public record Verification(
            String certificateNo,
            String initials,
            String courseTitle,
            int cohortNumber,
            LocalDate completedOn,
            String verificationUrl) {}

    public record Certificate(String certificateNo, byte[] pdf) {}

    @Transactional
    public Certificate certificate(UUID enrolmentId) {
        Enrolment enrolment = enrolments
                .findByIdOptional(enrolmentId)
                .orElseThrow(() -> new DomainException.NotFound("enrolment", enrolmentId));
        if (!Boolean.TRUE.equals(enrolment.completed())) {
            throw new DomainException.RuleViolation("The enrolment has no certificate: "
                            + (enrolment.completed() == null
                                    ? "its cohort has not completed yet"
                                    : "the course's completion rule was not met"))
                    .with("rule", "not-a-completer");
        }
        Trainee trainee = trainees.findById(enrolment.traineeId());
        Cohort cohort = cohorts.findById(enrolment.cohortId());
        Course course = courses.findById(cohort.courseId());
        String url = verificationUrl(enrolment.certificateNo());
        byte[] pdf = CertificateDocument.pdf(enrolment, trainee, cohort, course, url, korean(enrolment.completedOn()));
        return new Certificate(enrolment.certificateNo(), pdf);
    }

    @Transactional
    public Verification verify(String number) {
        Enrolment enrolment = enrolments
                .find("certificateNo", number)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("certificate", number));
        Trainee trainee = trainees.findById(enrolment.traineeId());
        Cohort cohort = cohorts.findById(enrolment.cohortId());
        Course course = courses.findById(cohort.courseId());
        return new Verification(
                number,
                initials(trainee.name()),
                course.title(),
                cohort.number(),
                enrolment.completedOn(),
                verificationUrl(number));
    }

    public String verificationUrl(String number) {
        return publicUrl.replaceAll("/+$", "") + "/api/v1/certificates/" + number;
    }

    /** The first character, the others masked: 김복지 → 김○○. */
    public static String initials(String name) {
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        return stripped.substring(0, first)
                + "○".repeat(Math.max(1, stripped.codePointCount(first, stripped.length())));
    }

    private static String korean(LocalDate on) {
        return on.getYear() + "년 " + on.getMonthValue() + "월 " + on.getDayOfMonth() + "일";
    }
}
