package kr.seoul.chatdong.training.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.DistrictTrainingReport;
import kr.seoul.chatdong.training.domain.DistrictTrainingReportStatus;
import kr.seoul.chatdong.training.domain.TargetAudience;

@ApplicationScoped
public class DistrictTrainingReportRepository implements PanacheRepositoryBase<DistrictTrainingReport, UUID> {

    /**
     * The recorded (not withdrawn) report of the same training (district, month, audience, title), if there
     * is one. Read without flushing first, so that a correction in hand is checked before it is written.
     */
    public Optional<DistrictTrainingReport> same(
            String districtCode, int year, int month, TargetAudience audience, String title) {
        return find(
                        "districtCode = ?1 and year = ?2 and month = ?3 and audience = ?4 and title = ?5 and status = ?6",
                        districtCode,
                        year,
                        month,
                        audience,
                        title,
                        DistrictTrainingReportStatus.RECORDED)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional();
    }
}
