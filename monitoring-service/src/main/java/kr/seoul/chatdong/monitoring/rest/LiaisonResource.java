package kr.seoul.chatdong.monitoring.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.FieldContactKind;
import kr.seoul.chatdong.monitoring.query.LiaisonQueries;
import kr.seoul.chatdong.monitoring.rest.LiaisonViews.DoneInput;
import kr.seoul.chatdong.monitoring.rest.LiaisonViews.FieldContactView;
import kr.seoul.chatdong.monitoring.rest.LiaisonViews.FollowUpView;
import kr.seoul.chatdong.monitoring.rest.LiaisonViews.LiaisonInput;
import kr.seoul.chatdong.monitoring.rest.LiaisonViews.LiaisonsView;
import kr.seoul.chatdong.monitoring.rest.LiaisonViews.NewFieldContact;
import kr.seoul.chatdong.monitoring.rest.LiaisonViews.SummaryRowView;
import kr.seoul.chatdong.monitoring.service.LiaisonService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "District liaison",
        description =
                "자치구 담당제: each district's Foundation liaison, their field contacts and the follow-ups these leave")
public class LiaisonResource {

    @Inject
    LiaisonService liaison;

    @Inject
    LiaisonQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @PUT
    @Path("/districts/{code}/liaison")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Appoint a district's liaison",
            description =
                    "The same account as the current liaison changes their details (and the start of their period); another "
                            + "account ends the current period the day before `from` and starts a new one (422 `liaison-period-order` when "
                            + "`from` is not after the current one's start). The first appointment needs no If-Match; later ones need "
                            + "If-Match with the ETag of GET. 404 for an unknown district code.")
    public RestResponse<LiaisonsView> appointLiaison(
            @PathParam("code") @Parameter(description = "5-digit district code", example = "11290") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LiaisonInput body) {
        LiaisonsView view = LiaisonsView.of(liaison.appoint(code, body.toCommand(), Preconditions.expected(ifMatch)));
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/districts/{code}/liaison")
    @Operation(
            summary = "A district's liaison, with the earlier ones",
            description = "404 while the district never had one.")
    public RestResponse<LiaisonsView> getLiaison(
            @PathParam("code") @Parameter(description = "5-digit district code", example = "11290") String code) {
        LiaisonsView view = LiaisonsView.of(liaison.get(code));
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/field-contacts")
    @Operation(
            summary = "Record a field contact",
            description =
                    "By a city admin, a monitor, or the district's current liaison (a token whose account name is the liaison's "
                            + "`account`, whatever its role); others 403. The notes are Markdown, answered also as sanitised HTML. "
                            + "Each follow-up is due on or after the contact's day; open ones past it appear in GET /api/v1/districts/{code}/due.")
    @APIResponse(
            responseCode = "201",
            description = "recorded; Location names the contact",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FieldContactView.class)))
    public RestResponse<FieldContactView> recordFieldContact(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewFieldContact request) {
        return idempotency.once(idempotencyKey, request, FieldContactView.class, () -> {
            FieldContactView view = FieldContactView.of(liaison.record(request.toCommand()));
            return Responses.created("/api/v1/field-contacts/" + view.id(), view, 0L);
        });
    }

    @GET
    @Path("/field-contacts")
    @Operation(
            summary = "List field contacts",
            description = "The newest contact first, each with its follow-ups. "
                    + "A district officer sees their own district's only (another districtCode is a 403).")
    public Page<FieldContactView> listFieldContacts(
            @QueryParam("districtCode") @Parameter(description = "5-digit district code", example = "11290")
                    String districtCode,
            @QueryParam("kind")
                    @Parameter(
                            description = "the kind of contact",
                            schema = @Schema(implementation = FieldContactKind.class))
                    String kind,
            @QueryParam("from")
                    @Parameter(
                            description = "contacts on or after this day",
                            example = "2016-05-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "contacts on or before this day",
                            example = "2016-05-31",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String to,
            @BeanParam PageParams paging) {
        String district = readable(geography.districtFilter(districtCode, "districtCode"));
        return queries.contacts(
                        district,
                        QueryValues.enumOf(FieldContactKind.class, kind, "kind"),
                        QueryValues.date(from, "from"),
                        QueryValues.date(to, "to"),
                        paging.request())
                .map(FieldContactView::of);
    }

    @GET
    @Path("/field-contacts/{id}")
    @Operation(
            summary = "One field contact with its follow-ups",
            description = "A district officer reads their own district's only.")
    public FieldContactView getFieldContact(@PathParam("id") UUID id) {
        return FieldContactView.of(liaison.contact(id));
    }

    @POST
    @Path("/follow-ups/{id}/done")
    @Operation(
            summary = "Mark a follow-up done",
            description = "By a city admin, a monitor, or the district's current liaison; 409 when it is done already.")
    public FollowUpView markFollowUpDone(@PathParam("id") UUID id, @NotNull @Valid DoneInput body) {
        return FollowUpView.of(liaison.done(id, body.toCommand()));
    }

    @GET
    @Path("/liaison/summary")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "The month's field contacts and follow-ups per district",
            description =
                    "One row per district with a liaison in the month, by district code: its contacts of the month by kind, "
                            + "and the follow-ups those contacts left as they stand today (open, of which overdue, and done). "
                            + "As a spreadsheet with Accept: text/csv.")
    public Page<SummaryRowView> getLiaisonSummary(
            @QueryParam("month") @Parameter(required = true, description = "the month, YYYY-MM", example = "2016-05")
                    String month,
            @BeanParam PageParams paging) {
        return queries.summary(month(month), paging.request()).map(SummaryRowView::of);
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidValue("month", "is required, e.g. 2016-05");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidValue("month", "must be a month YYYY-MM, e.g. 2016-05");
        }
    }

    /** A district officer reads their own district: none asked means theirs, another one is refused. */
    private String readable(String requested) {
        if (caller.hasRole(Roles.CITY_ADMIN)
                || caller.hasRole(Roles.MONITOR)
                || !caller.hasRole(Roles.DISTRICT_OFFICER)) {
            return requested;
        }
        String own = caller.district()
                .orElseThrow(
                        () -> new DomainException.NotAllowed("Your district-officer token has no 'district' claim"));
        if (requested != null && !requested.equals(own)) {
            throw new DomainException.NotAllowed(
                    "Your token is limited to district " + own + "; this is district " + requested);
        }
        return own;
    }
}
