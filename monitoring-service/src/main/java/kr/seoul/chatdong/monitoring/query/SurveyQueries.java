package kr.seoul.chatdong.monitoring.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.monitoring.domain.Population;
import kr.seoul.chatdong.monitoring.domain.Survey;
import kr.seoul.chatdong.monitoring.domain.WaveKind;

/** The surveys and their waves as the API lists them: one statement per page, with its total. */
@ApplicationScoped
public class SurveyQueries {

    @Inject
    EntityManager em;

    /** One survey with its questions; 404 for an unknown id. */
    public Survey get(UUID id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null) {
            throw new DomainException.NotFound("survey", id);
        }
        return survey;
    }

    /** Newest first (the id breaks ties); survey_list_idx and survey_population_list_idx (V6) serve the order. */
    public Page<SurveyListItem> list(Population population, PageRequest paging) {
        return ListQuery.from(em, "Survey")
                .eq("population", population)
                .page(
                        "e.id, e.code, e.title, e.population, e.questionCount, e.createdAt",
                        "e.createdAt desc, e.id",
                        paging,
                        r -> new SurveyListItem(
                                (UUID) r[0],
                                (String) r[1],
                                (String) r[2],
                                (Population) r[3],
                                ((Number) r[4]).intValue(),
                                (Instant) r[5]));
    }

    /** The waves of a survey in fielding order (baseline first), then by code; survey_wave_list_idx (V6) serves it. 404 for an unknown survey. */
    public Page<WaveListItem> waves(UUID surveyId, PageRequest paging) {
        Page<WaveListItem> page = ListQuery.from(em, "SurveyWave")
                .eq("surveyId", surveyId)
                .page(
                        "e.id, e.surveyId, e.code, e.kind, e.fieldedFrom, e.fieldedTo, e.responseCount, e.aggregatesEnteredAt,"
                                + " e.createdAt, e.version",
                        "e.fieldedFrom, e.code",
                        paging,
                        r -> new WaveListItem(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                (WaveKind) r[3],
                                (LocalDate) r[4],
                                (LocalDate) r[5],
                                ((Number) r[6]).intValue(),
                                r[7] != null,
                                (Instant) r[8],
                                ((Number) r[9]).longValue()));
        if (page.items().isEmpty()) {
            get(surveyId); // waves exist only for an existing survey (foreign key): only an empty page needs the check
        }
        return page;
    }
}
