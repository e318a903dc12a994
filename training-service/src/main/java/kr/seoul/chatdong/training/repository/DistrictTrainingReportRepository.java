package kr.seoul.chatdong.training.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.DistrictTrainingReport;
import kr.seoul.chatdong.training.domain.TargetAudience;

@ApplicationScoped
public class DistrictTrainingReportRepository implements PanacheRepositoryBase<DistrictTrainingReport, UUID> {

    /** The report of the same training (district, month, audience, title), if it was reported already. */
    public Optional<DistrictTrainingReport> same(
            String districtCode, int year, int month, TargetAudience audience, String title) {
        return find(
                        "districtCode = ?1 and year = ?2 and month = ?3 and audience = ?4 and title = ?5",
                        districtCode,
                        year,
                        month,
                        audience,
                        title)
                .firstResultOptional();
    }
}
