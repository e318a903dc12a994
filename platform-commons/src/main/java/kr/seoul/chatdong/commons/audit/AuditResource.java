package kr.seoul.chatdong.commons.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.security.Roles;

/** Every service's audit trail, for city admins. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what, when (city-admin only)")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "The audit trail of this service",
            description = "Newest first. Filter by entity (e.g. round) and id.")
    public Page<AuditEntry> listAuditEntries(
            @QueryParam("entity") @Parameter(example = "round") String entity,
            @QueryParam("id") @Parameter(description = "the entity's id") String id,
            @BeanParam PageParams paging) {
        return audit.list(entity, id, paging.request());
    }
}
