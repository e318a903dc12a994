package kr.seoul.chatdong.training.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.seoul.chatdong.training.rest.CertificateViews.VerificationView;
import kr.seoul.chatdong.training.service.CertificateService;

@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Certificates", description = "수료증 진위 확인: public verification of a certificate number")
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @GET
    @Path("/{number}")
    @Operation(
            summary = "Verify a certificate",
            description = "Public (no token): the holder's initials, the course, the cohort and "
                    + "the completion date. An unknown number is a 404.")
    public VerificationView verifyCertificate(
            @PathParam("number") @Parameter(example = "CD16-7KQ2M9XA") String number) {
        CertificateService.Verification v = certificates.verify(number);
        return new VerificationView(
                v.certificateNo(),
                v.initials(),
                v.courseTitle(),
                v.cohortNumber(),
                v.completedOn(),
                v.verificationUrl());
    }
}
