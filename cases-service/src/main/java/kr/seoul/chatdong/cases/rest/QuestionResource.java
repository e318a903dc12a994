package kr.seoul.chatdong.cases.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.query.ManualQueries;
import kr.seoul.chatdong.cases.query.QuestionFilter;
import kr.seoul.chatdong.cases.query.QuestionQueries;
import kr.seoul.chatdong.cases.rest.QuestionViews.NewAnswer;
import kr.seoul.chatdong.cases.rest.QuestionViews.NewQuestion;
import kr.seoul.chatdong.cases.rest.QuestionViews.QuestionView;
import kr.seoul.chatdong.cases.service.ManualService;
import kr.seoul.chatdong.cases.service.QuestionService;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands;
import kr.seoul.chatdong.commons.openapi.PlatformOpenApiFilter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Solution desk",
        description = "솔루션 데스크: questions from the field, answered by the city, published as FAQ: "
                + "OPEN → ANSWERED (answer) → PUBLISHED_AS_FAQ (publish-as-faq); the FAQ is public; an answered question "
                + "may be adopted into a manual version")
public class QuestionResource {

    @Inject
    QuestionService questions;

    @Inject
    QuestionQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    ManualService manuals;

    @Inject
    ManualQueries manualQueries;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Ask the solution desk",
            description = "A district officer asks for its own district (403 otherwise), a city admin "
                    + "for any. The dong, when given, must be in the district. It starts OPEN. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "asked; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionView.class)))
    public RestResponse<QuestionView> askQuestion(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewQuestion request) {
        return idempotency.once(idempotencyKey, request, QuestionView.class, () -> {
            Question q = questions.ask(request.toCommand());
            return Responses.created("/api/v1/questions/" + q.id(), QuestionView.of(q, List.of(), true), q.version());
        });
    }

    @GET
    @PermitAll
    @Extension(name = PlatformOpenApiFilter.OPTIONAL_AUTH, value = "true")
    @Operation(
            summary = "List or search solution-desk questions",
            description =
                    "Newest first; with q, the best matches first (a word in "
                            + "the topic before one in the question before one in an answer). Without a token only the FAQ (PUBLISHED_AS_FAQ) is listed.")
    public Page<QuestionView> listQuestions(
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "search: every word must occur in the topic, question or answers (as part of a word: "
                                            + "방문간호 finds 방문간호사); topic matches rank first",
                            example = "방문간호")
                    String q,
            @QueryParam("status")
                    @Parameter(
                            description = "the question's status (all but PUBLISHED_AS_FAQ need a token)",
                            schema = @Schema(implementation = Question.Status.class),
                            example = "PUBLISHED_AS_FAQ")
                    String status,
            @BeanParam DistrictParam district,
            @QueryParam("topic")
                    @Parameter(description = "questions on this topic (exactly as written)", example = "방문간호")
                    String topic,
            @BeanParam PageParams paging) {
        boolean withNames = !caller.isAnonymous();
        return queries.questions(
                        new QuestionFilter(
                                QueryValues.enumOf(Question.Status.class, status, "status"),
                                district.code(geography),
                                SearchParams.text(topic, "topic"),
                                SearchParams.terms(q)),
                        paging.request())
                .map(r -> QuestionView.of(r, withNames));
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Extension(name = PlatformOpenApiFilter.OPTIONAL_AUTH, value = "true")
    @Operation(
            summary = "One question with its answers",
            description = "Public when PUBLISHED_AS_FAQ (without who asked and answered); the others need a token.")
    public RestResponse<QuestionView> getQuestion(@PathParam("id") UUID id) {
        return detail(queries.question(id));
    }

    @POST
    @Path("/{id}/answers")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Answer a question",
            description = "While OPEN or ANSWERED (a published FAQ: 409); the question is ANSWERED. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "answered; Location names the question",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionView.class)))
    public RestResponse<QuestionView> answerQuestion(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewAnswer request) {
        return idempotency.once(idempotencyKey, request, QuestionView.class, () -> {
            questions.answer(id, new SolutionDeskCommands.Answer(request.text().strip()));
            Question q = queries.question(id);
            return Responses.created(
                    "/api/v1/questions/" + id, QuestionView.of(q, queries.answers(id), true), q.version());
        });
    }

    @POST
    @Path("/{id}/publish-as-faq")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Publish an answered question as FAQ",
            description = "Needs If-Match. ANSWERED → PUBLISHED_AS_FAQ (else 409): "
                    + "readable without a token from then on. Audited.")
    public RestResponse<QuestionView> publishQuestionAsFaq(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return detail(questions.publishAsFaq(id, Preconditions.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/adopt")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Adopt a question into a manual version",
            description = "An answered question (OPEN: 422 question-not-answered) is taken into a version of a volume "
                    + "while the version is DRAFTING or IN_REVIEW (else 409 with currentState); the version lists it. "
                    + "A version the volume does not have is 422 unknown-version; adopting it again changes nothing. "
                    + "Answers the version. Audited.")
    public RestResponse<ManualViews.VersionView> adoptQuestion(
            @PathParam("id") UUID id, @NotNull @Valid ManualViews.AdoptInput request) {
        ManualVersion v = manuals.adoptQuestion(id, request.toCommand());
        return Responses.ok(
                ManualViews.VersionView.of(
                        v,
                        manualQueries.documentOf(v).orElse(null),
                        manualQueries.adoptedIn(v),
                        manualQueries.adoptedQuestions(v)),
                v.rowVersion());
    }

    private RestResponse<QuestionView> detail(Question q) {
        return Responses.ok(QuestionView.of(q, queries.answers(q.id()), !caller.isAnonymous()), q.version());
    }
}
