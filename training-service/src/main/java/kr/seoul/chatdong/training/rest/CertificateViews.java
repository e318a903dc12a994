package kr.seoul.chatdong.training.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of {@link CertificateResource}. */
public final class CertificateViews {

    private CertificateViews() {}

    @Schema(name = "CertificateVerification", description = "What a certificate number proves, and nothing more")
    public record VerificationView(
            @Schema(examples = "CD16-7KQ2M9XA") String certificateNo,

            @Schema(description = "the first character of the name, the rest masked", examples = "김○○")
            String initials,

            @Schema(examples = "읍면동 사례관리 실무과정") String courseTitle,
            @Schema(examples = "1") int cohortNumber,
            @Schema(examples = "2016-02-26") LocalDate completedOn,

            @Schema(examples = "http://localhost:8083/api/v1/certificates/CD16-7KQ2M9XA")
            String verificationUrl) {}
}
