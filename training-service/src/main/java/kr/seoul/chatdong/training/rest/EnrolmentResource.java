package kr.seoul.chatdong.training.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.rest.EnrolmentViews.EnrolmentView;
import kr.seoul.chatdong.training.rest.EvaluationViews.EvaluationView;
import kr.seoul.chatdong.training.rest.EvaluationViews.NewEvaluation;
import kr.seoul.chatdong.training.service.CertificateService;
import kr.seoul.chatdong.training.service.EnrolmentService;
import kr.seoul.chatdong.training.service.EvaluationService;

@Path("/api/v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Enrolments", description = "수강신청: a trainee's seat in a cohort or place on its waiting list")
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    CertificateService certificates;

    @Inject
    EvaluationService evaluations;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One enrolment",
            description = "position is the place on the waiting list (1 = next) while WAITLISTED.")
    public RestResponse<EnrolmentView> getEnrolment(@PathParam("id") UUID id) {
        EnrolmentView view = EnrolmentView.of(enrolments.get(id));
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/{id}/certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "A completer's certificate (PDF)",
            description = "수료증 in Korean (NanumBarunGothic embedded, SIL OFL), with "
                    + "the certificate number and its public verification URL. 422 not-a-completer before the cohort completes or when the "
                    + "course's rule was not met. It bears the name: city admins and trainers only.")
    @APIResponse(
            responseCode = "200",
            description = "the certificate",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getEnrolmentCertificate(@PathParam("id") UUID id) {
        CertificateService.Certificate certificate = certificates.certificate(id);
        return Response.ok(certificate.pdf(), "application/pdf")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"certificate-" + certificate.certificateNo() + ".pdf\"")
                .build();
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Cancel an enrolment",
            description =
                    "Needs If-Match with the enrolment's ETag; while the cohort is OPEN or "
                            + "CLOSED (409 otherwise, and for an enrolment cancelled already). A freed seat goes to the first on the waiting list: "
                            + "promotedEnrolmentId names that enrolment. Audited; nothing is published (enrolments are personal).")
    public RestResponse<EnrolmentView> cancelEnrolment(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        EnrolmentView view = EnrolmentView.of(enrolments.cancel(id, Preconditions.expected(ifMatch)));
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/evaluation")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.TRAINEE})
    @Operation(
            summary = "Answer the satisfaction evaluation, once",
            description =
                    "Every item of the cohort's questionnaire (GET "
                            + "/api/v1/cohorts/{id}/questionnaire), values 1 (매우 불만족) to 5 (매우 만족); an INSTRUCTOR item once per instructor of the "
                            + "cohort. The trainee answers for their own enrolment (source TRAINEE); a trainer or city admin enters a paper questionnaire "
                            + "(PAPER). While the cohort is OPEN or CLOSED, from its first day (422 cohort-not-started before, 409 once completed); an "
                            + "answered enrolment is a 409 already-evaluated; a missing, unknown or doubled answer is a 400 naming it. Score: Σ weight × "
                            + "(value − 1) / 4 ÷ Σ weight × 100. A course whose completion rule has evaluationRequired completes only answered enrolments.")
    @APIResponse(
            responseCode = "201",
            description = "answered; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationView.class)))
    public RestResponse<EvaluationView> evaluateEnrolment(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewEvaluation request) {
        return idempotency.once(idempotencyKey, request, EvaluationView.class, () -> {
            EvaluationView view = EvaluationView.of(evaluations.evaluate(id, request.toGiven()));
            return Responses.created("/api/v1/enrolments/" + id + "/evaluation", view, view.version());
        });
    }

    @GET
    @Path("/{id}/evaluation")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER, Roles.TRAINEE})
    @Operation(
            summary = "An enrolment's evaluation",
            description = "To the trainee whose it is, trainers and city admins; 404 until answered.")
    public RestResponse<EvaluationView> getEnrolmentEvaluation(@PathParam("id") UUID id) {
        EvaluationView view = EvaluationView.of(evaluations.evaluation(id));
        return Responses.ok(view, view.version());
    }
}
