package kr.seoul.chatdong.monitoring.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.Population;
import kr.seoul.chatdong.monitoring.domain.Survey;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    /** A survey in a list: its columns and the number of its questions, without reading them. */
    public record SurveyRow(UUID id, String code, String title, Population population, int questionCount, Instant createdAt) {
    }

    public boolean existsWithCode(String code) {
        return count("code", code) > 0;
    }

    /** Newest first (the id breaks ties); survey_list_idx and survey_population_list_idx (V6) serve the order. */
    public Page<SurveyRow> list(Population population, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Survey").eq("population", population)
                .page("e.id, e.code, e.title, e.population, e.questionCount, e.createdAt", "e.createdAt desc, e.id", paging,
                        r -> new SurveyRow((UUID) r[0], (String) r[1], (String) r[2], (Population) r[3], ((Number) r[4]).intValue(),
                                (Instant) r[5]));
    }
}
