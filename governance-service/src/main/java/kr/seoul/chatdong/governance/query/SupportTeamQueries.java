package kr.seoul.chatdong.governance.query;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.SupportTeam;

/** The read side of the district support teams. */
@ApplicationScoped
public class SupportTeamQueries {

    @Inject
    EntityManager em;

    /**
     * By district code, then id (a district's ended teams beside its active one); {@code activeOn}:
     * only the teams running that day. The page and its total in one query; the staff of the page's
     * teams in one batch (the collection's batch size).
     */
    public Page<SupportTeam> supportTeams(
            SupportTeam.Model model,
            LocalDate activeOn,
            SupportTeam.Status status,
            String districtCode,
            PageRequest paging) {
        return ListQuery.from(em, "SupportTeam")
                .eq("model", model)
                .eq("status", status)
                .eq("districtCode", districtCode)
                .atMost("startedOn", activeOn)
                .where("(%1$s.endedOn is null or %1$s.endedOn >= :%2$s)", activeOn)
                .page("e", "e.districtCode, e.id", paging, r -> (SupportTeam) r[0]);
    }

    public SupportTeam supportTeam(UUID id) {
        SupportTeam team = em.find(SupportTeam.class, id);
        if (team == null) {
            throw new DomainException.NotFound("support team", id);
        }
        return team;
    }
}
