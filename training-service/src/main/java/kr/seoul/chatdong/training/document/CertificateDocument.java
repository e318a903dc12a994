package kr.seoul.chatdong.training.document;

import kr.seoul.chatdong.commons.pdf.KoreanPdf;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.Trainee;

/** The 수료증 of one completer: A4, Korean, with the certificate number and its verification link. */
public final class CertificateDocument {

    private CertificateDocument() {}

    /** The certificate as PDF bytes; {@code completedOn} already in Korean (2016년 5월 12일). */
    public static byte[] pdf(
            Enrolment enrolment, Trainee trainee, Cohort cohort, Course course, String url, String completedOn) {
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
                        completedOn,
                        KoreanPdf.escape(url));
        return KoreanPdf.fromXhtml(xhtml);
    }
}
