package kr.seoul.chatdong.governance.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.governance.domain.StaffMember;
import kr.seoul.chatdong.governance.domain.SupportTeam;
import kr.seoul.chatdong.governance.query.SupportTeamQueries;

@Path("/api/v1/support-teams")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Support teams", description = "자치구 추진지원단: one per district, run directly or outsourced")
public class SupportTeamResource {

    @Inject
    SupportTeamQueries teams;

    @Schema(name = "SupportTeam")
    public record SupportTeamView(UUID id,
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "OUTSOURCED") SupportTeam.Model model,
            @Schema(examples = "성북구 마을 사회적경제 센터") String operator,
            @Schema(description = "staff hired (채용인력): the length of staff", examples = "3") int staffCount,
            @Schema(description = "the staff, each with a role and a name where the district gives one; the 2015 teams: one LEAD, "
                    + "one VILLAGE, one WELFARE (the plan's 3 per district, 마을·복지)") List<StaffView> staff,
            @Schema(examples = "2015-08-01") LocalDate startedOn,
            @Schema(nullable = true, examples = "2015-12-31") LocalDate endedOn,
            @Schema(description = "the DISTRICT_SUPPORT_TEAM council its monthly meetings go through", nullable = true) UUID councilId,
            @Schema(description = "whether it runs on the day asked (today when on= is absent)", examples = "true") boolean active,
            long version) {

        static SupportTeamView of(SupportTeam t, LocalDate on) {
            return new SupportTeamView(t.id(), t.districtCode(), t.model(), t.operator(), t.staffCount(),
                    t.staff().stream().map(StaffView::of).toList(), t.startedOn(), t.endedOn(), t.councilId(), t.activeOn(on), t.version());
        }
    }

    @Schema(name = "SupportTeamStaff")
    public record StaffView(
            @Schema(examples = "WELFARE") SupportTeam.StaffRole role,
            @Schema(nullable = true, description = "absent where the district has not given it (the plan names nobody)", examples = "김복지") String name) {

        static StaffView of(StaffMember m) {
            return new StaffView(m.role(), m.name());
        }
    }

    @GET
    @Operation(summary = "List district support teams", description = "By district code; seeded with the plan's 2015 table.")
    public Page<SupportTeamView> listSupportTeams(
            @QueryParam("model") @Parameter(schema = @Schema(implementation = SupportTeam.Model.class)) String model,
            @QueryParam("on") @Parameter(description = "active on this day", example = "2016-03-01", schema = @Schema(type = SchemaType.STRING, format = "date")) String on,
            @BeanParam PageParams paging) {
        SupportTeam.Model m = QueryValues.enumOf(SupportTeam.Model.class, model, "model");
        LocalDate day = QueryValues.date(on, "on");
        LocalDate asOf = day == null ? LocalDate.now(kr.seoul.chatdong.commons.time.Clocks.SEOUL) : day;
        return teams.supportTeams(m, day, paging.request()).map(t -> SupportTeamView.of(t, asOf));
    }
}
