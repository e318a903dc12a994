package kr.seoul.chatdong.governance.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.governance.domain.AnnualPlan;
import kr.seoul.chatdong.governance.domain.PlanContent;
import kr.seoul.chatdong.governance.repository.AnnualPlanRepository;

/** The annual plan: read with its totals, replaced whole by a city admin, the 2016 plan loaded at first start. */
@ApplicationScoped
public class PlanService {

    /** The plan the seed describes, loaded when the year has none. */
    static final int SEEDED_YEAR = 2016;

    @Inject
    AnnualPlanRepository plans;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Creates the year's plan, or replaces it (If-Match required once it exists). True when it was created. */
    @Transactional
    public boolean put(int year, ExpectedVersion ifMatch, PlanContent content) {
        content.checked(year);
        AnnualPlan existing = plans.getEntityManager()
                .find(AnnualPlan.class, year, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            plans.persist(new AnnualPlan(year, write(content), clock.instant()));
            plans.flush();
            audit.record("plan", year, "CREATE", List.of("title", "totalBudget", "subProjects"));
            return true;
        }
        ifMatch.require(existing.version(), "plan");
        existing.replace(write(content), clock.instant());
        plans.flush();
        audit.record("plan", year, "UPDATE", List.of("title", "totalBudget", "subProjects"));
        return false;
    }

    @Transactional
    void seed(@Observes StartupEvent start) {
        if (plans.findByIdOptional(SEEDED_YEAR).isPresent()) {
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/seed/plan-2016.json")) {
            PlanContent content = json.readValue(in, PlanContent.class).checked(SEEDED_YEAR);
            plans.persist(new AnnualPlan(SEEDED_YEAR, write(content), clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException("seed/plan-2016.json", e);
        }
    }

    private String write(PlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
