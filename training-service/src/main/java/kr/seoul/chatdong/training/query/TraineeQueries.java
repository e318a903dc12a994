package kr.seoul.chatdong.training.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.training.domain.Trainee;

/** The list of trainees: one statement per page with its total. */
@ApplicationScoped
public class TraineeQueries {

    @Inject
    EntityManager em;

    /** By district, name and id (trainee_list_idx); a dong filter narrows within its district. */
    public Page<Trainee> list(String districtCode, String dongCode, PageRequest paging) {
        return ListQuery.from(em, "Trainee")
                .eq("districtCode", districtCode)
                .eq("dongCode", dongCode)
                .page("e", "e.districtCode, e.name, e.id", paging, r -> (Trainee) r[0]);
    }
}
