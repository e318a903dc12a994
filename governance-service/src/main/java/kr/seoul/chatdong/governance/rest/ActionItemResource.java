package kr.seoul.chatdong.governance.rest;

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

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.governance.domain.ActionItem;
import kr.seoul.chatdong.governance.query.ActionItemQueries;
import kr.seoul.chatdong.governance.rest.ActionItemViews.ActionItemView;
import kr.seoul.chatdong.governance.rest.ActionItemViews.DropInput;
import kr.seoul.chatdong.governance.rest.ActionItemViews.NewActionItem;
import kr.seoul.chatdong.governance.rest.ActionItemViews.ProgressInput;
import kr.seoul.chatdong.governance.service.ActionItemService;

@Path("/api/v1/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Action items",
        description = "후속조치: what councils' decisions set, with owners and due dates, until done or dropped")
public class ActionItemResource {

    private static final String STEP =
            "Needs If-Match with the item's ETag. A step out of order is a 409 naming currentState and allowedSteps. ";

    @Inject
    ActionItemService actionItems;

    @Inject
    ActionItemQueries queries;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Add an action item directly",
            description = "Items from decisions come with POST /meetings/{id}/decisions.")
    @APIResponse(
            responseCode = "201",
            description = "added; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActionItemView.class)))
    public RestResponse<ActionItemView> addActionItem(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewActionItem request) {
        return idempotency.once(idempotencyKey, request, ActionItemView.class, () -> {
            ActionItem item = actionItems.add(request.toCommand());
            return Responses.created("/api/v1/action-items/" + item.id(), ActionItemView.of(item), item.version());
        });
    }

    @GET
    @Operation(
            summary = "List action items",
            description = "Earliest due first. overdue=true: still open past the due date (today in Seoul).")
    public Page<ActionItemView> listActionItems(
            @QueryParam("councilId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String councilId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ActionItem.Status.class)) String status,
            @QueryParam("overdue")
                    @Parameter(
                            description = "only true filters: items still open past their due date",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"true"}))
                    String overdue,
            @QueryParam("decisionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String decisionId,
            @BeanParam PageParams paging) {
        boolean onlyOverdue = false;
        if (overdue != null && !overdue.isBlank()) {
            if (!overdue.strip().equals("true")) {
                throw ProblemException.invalid(
                        "overdue", "only overdue=true filters (items still open past their due date)");
            }
            onlyOverdue = true;
        }
        return queries.actionItems(
                        QueryValues.uuid(councilId, "councilId"),
                        QueryValues.enumOf(ActionItem.Status.class, status, "status"),
                        onlyOverdue,
                        QueryValues.uuid(decisionId, "decisionId"),
                        paging.request())
                .map(ActionItemView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One action item")
    public RestResponse<ActionItemView> getActionItem(@PathParam("id") UUID id) {
        return view(queries.actionItem(id));
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Start working on an action item", description = STEP + "OPEN → IN_PROGRESS.")
    public RestResponse<ActionItemView> startActionItem(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return view(actionItems.step(id, Preconditions.expected(ifMatch), ActionItem.Step.start, null, null));
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Report an action item's progress",
            description = STEP + "Percent done; an OPEN item becomes IN_PROGRESS.")
    public RestResponse<ActionItemView> reportActionItemProgress(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgressInput request) {
        return view(actionItems.step(
                id, Preconditions.expected(ifMatch), ActionItem.Step.progress, request.progress(), null));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Complete an action item", description = STEP + "OPEN or IN_PROGRESS → DONE (100 %).")
    public RestResponse<ActionItemView> completeActionItem(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return view(actionItems.step(id, Preconditions.expected(ifMatch), ActionItem.Step.complete, null, null));
    }

    @POST
    @Path("/{id}/drop")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Drop an action item, with a reason", description = STEP + "OPEN or IN_PROGRESS → DROPPED.")
    public RestResponse<ActionItemView> dropActionItem(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DropInput request) {
        return view(actionItems.step(
                id,
                Preconditions.expected(ifMatch),
                ActionItem.Step.drop,
                null,
                request.reason().strip()));
    }

    private static RestResponse<ActionItemView> view(ActionItem item) {
        return Responses.ok(ActionItemView.of(item), item.version());
    }
}
