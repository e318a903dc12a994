package kr.seoul.chatdong.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Removes the indicators tests defined through the API (every one after the 14 of the migration),
 * so that the lists, CSV downloads and due lists other tests read keep the plan's indicators only.
 */
@ApplicationScoped
public class DefinedIndicators {

    /** The migration's indicators hold positions 1–14. */
    static final int SEEDED = 14;

    @Inject
    EntityManager em;

    @Transactional
    public void remove() {
        String defined = "(select code from indicator_definition where position > " + SEEDED + ")";
        for (String table :
                new String[] {"indicator_revision", "indicator_target", "indicator_value", "indicator_contribution"}) {
            em.createNativeQuery("delete from " + table + " where indicator_code in " + defined)
                    .executeUpdate();
        }
        em.createNativeQuery("delete from indicator_definition where position > " + SEEDED)
                .executeUpdate();
    }
}
