package kr.seoul.chatdong.monitoring.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.SurveyWave;

@ApplicationScoped
public class SurveyWaveRepository implements PanacheRepositoryBase<SurveyWave, UUID> {

    public Optional<SurveyWave> find(UUID surveyId, String code) {
        return find("surveyId = ?1 and code = ?2", surveyId, code).firstResultOptional();
    }

    /** The wave, locked until the transaction ends: imports into one wave run one after the other. */
    public Optional<SurveyWave> lock(UUID surveyId, String code) {
        return find("surveyId = ?1 and code = ?2", surveyId, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
