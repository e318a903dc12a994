package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.TrainingNeed;

@ApplicationScoped
public class TrainingNeedRepository implements PanacheRepositoryBase<TrainingNeed, UUID> {

    /** The need a round revealed for a (dong, field) and did not withdraw, if there is one. */
    public java.util.Optional<TrainingNeed> of(UUID roundId, String dongCode, Field field) {
        return find(
                        "finding.roundId = ?1 and finding.dongCode = ?2 and finding.field = ?3 and status <> ?4",
                        roundId,
                        dongCode,
                        field,
                        TrainingNeed.Status.WITHDRAWN)
                .firstResultOptional();
    }

    /** The open need a demand survey of the district asked for on this topic, if there is one. */
    public java.util.Optional<TrainingNeed> openDemand(String districtCode, String topic) {
        return find(
                        "source = ?1 and districtCode = ?2 and topic = ?3 and status = ?4",
                        TrainingNeed.Source.DEMAND_SURVEY,
                        districtCode,
                        topic,
                        TrainingNeed.Status.OPEN)
                .firstResultOptional();
    }
}
