package kr.seoul.chatdong.monitoring.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.SurveyWave;
import kr.seoul.chatdong.monitoring.domain.WaveKind;

@ApplicationScoped
public class SurveyWaveRepository implements PanacheRepositoryBase<SurveyWave, UUID> {

    /** A wave in a list: the columns its view shows. */
    public record WaveRow(UUID id, UUID surveyId, String code, WaveKind kind, LocalDate fieldedFrom, LocalDate fieldedTo,
            int responseCount, Instant createdAt, long version) {
    }

    public Optional<SurveyWave> find(UUID surveyId, String code) {
        return find("surveyId = ?1 and code = ?2", surveyId, code).firstResultOptional();
    }

    /** The wave, locked until the transaction ends: imports into one wave run one after the other. */
    public Optional<SurveyWave> lock(UUID surveyId, String code) {
        return find("surveyId = ?1 and code = ?2", surveyId, code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** In fielding order (baseline first), then by code; survey_wave_list_idx (V6) serves it. */
    public Page<WaveRow> list(UUID surveyId, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "SurveyWave").eq("surveyId", surveyId)
                .page("e.id, e.surveyId, e.code, e.kind, e.fieldedFrom, e.fieldedTo, e.responseCount, e.createdAt, e.version",
                        "e.fieldedFrom, e.code", paging,
                        r -> new WaveRow((UUID) r[0], (UUID) r[1], (String) r[2], (WaveKind) r[3], (LocalDate) r[4], (LocalDate) r[5],
                                ((Number) r[6]).intValue(), (Instant) r[7], ((Number) r[8]).longValue()));
    }
}
