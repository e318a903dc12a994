package kr.seoul.chatdong.training.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.training.domain.DistrictTrainingReport;

/** The list of district training reports: one statement per page with its total. */
@ApplicationScoped
public class DistrictTrainingReportQueries {

    @Inject
    EntityManager em;

    /** By district, year, month and title (district_training_report_list_idx of V10). */
    public Page<DistrictTrainingReport> list(String districtCode, Integer year, PageRequest paging) {
        return ListQuery.from(em, "DistrictTrainingReport")
                .eq("districtCode", districtCode)
                .eq("year", year)
                .page("e", "e.districtCode, e.year, e.month, e.title, e.id", paging, r ->
                        (DistrictTrainingReport) r[0]);
    }
}
