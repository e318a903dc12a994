package kr.seoul.chatdong.governance.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.AnnualPlan;
import kr.seoul.chatdong.governance.domain.PlanContent;

/** The read side of the annual plan: the stored document, read with its totals. */
@ApplicationScoped
public class PlanQueries {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public Plan plan(int year) {
        AnnualPlan plan = em.find(AnnualPlan.class, year);
        if (plan == null) {
            throw new DomainException.NotFound("plan for year", year);
        }
        try {
            return new Plan(plan, json.readValue(plan.document(), PlanContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan unreadable", e);
        }
    }
}
