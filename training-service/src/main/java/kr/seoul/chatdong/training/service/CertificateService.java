package kr.seoul.chatdong.training.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kr.seoul.chatdong.commons.pdf.KoreanPdf;
import kr.seoul.chatdong.commons.rules.DomainException;
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
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>수료증</title>
                <style>@page { size: A4; margin: 30mm 25mm; }
                body { font-family: 'NanumBarunGothic'; text-align: center; }
                h1 { font-size: 36pt; letter-spacing: 12pt; margin-bottom: 20mm; }
                p { font-size: 14pt; line-height: 1.8; }
                .no { text-align: left; font-size: 11pt; }
                .small { font-size: 9pt; color: #444; }
                .nb { white-space: nowrap; }</style></head>
                <body>
                <p class="no">제 %s 호</p>
                <h1>수 료 증</h1>
                <p>성명: %s<br/>소속: %s</p>
                <p>위 사람은 「%s」 제%d기 <span class="nb">(%s ~ %s, %s시간)</span> 교육과정을<br/>성실히 이수하였으므로 이 증서를 수여합니다.</p>
                <p>%s</p>
                <p>서울특별시 찾아가는 동 주민센터 추진지원단</p>
                <p class="small">진위 확인: %s</p>
                </body></html>""".formatted(
                        KoreanPdf.escape(enrolment.certificateNo()),
                        KoreanPdf.escape(trainee.name()),
                        KoreanPdf.escape(trainee.organisation()),
                        KoreanPdf.escape(course.title()),
                        cohort.number(),
                        cohort.startsOn(),
                        cohort.endsOn(),
                        course.hours(),
                        korean(enrolment.completedOn()),
                        KoreanPdf.escape(url));
        return new Certificate(enrolment.certificateNo(), KoreanPdf.fromXhtml(xhtml));
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
