package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.domain.QuestionAnswer;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;

/** The read side of the solution desk's questions. Without a token only the FAQ (PUBLISHED_AS_FAQ) exists. */
@ApplicationScoped
public class QuestionQueries {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * Newest first; with search terms, the best matches first: a term in the topic weighs 4, in the
     * question 2, in an answer 1. Without a token only the FAQ is listed (asking for another status is a 401).
     */
    public Page<QuestionRow> questions(QuestionFilter f, PageRequest paging) {
        if (caller.isAnonymous()) {
            if (f.status() != null && f.status() != Question.Status.PUBLISHED_AS_FAQ) {
                throw new DomainException.SignInRequired(
                        "Only the FAQ (PUBLISHED_AS_FAQ) is public; send a bearer token to list " + f.status()
                                + " questions");
            }
            f = f.withStatus(Question.Status.PUBLISHED_AS_FAQ);
        }
        ListQuery query = ListQuery.from(em, "Question");
        String rank = TextSearch.match(query, f.terms(), "e.topic", 4, "e.text", 2);
        query.eq("status", f.status()).eq("districtCode", f.districtCode()).eq("topic", f.topic());
        return query.page(
                "e.id, e.districtCode, e.dongCode, e.topic, e.text, e.status, e.askedBy, e.createdAt, e.answeredAt, e.publishedAt, e.version",
                (rank == null ? "" : rank + ", ") + "e.createdAt desc, e.id",
                paging,
                r -> new QuestionRow(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (Question.Status) r[5],
                        (String) r[6],
                        (Instant) r[7],
                        (Instant) r[8],
                        (Instant) r[9],
                        ((Number) r[10]).longValue()));
    }

    /** Anyone reads a published FAQ; the other questions need a token (and look absent without one). */
    public Question question(UUID id) {
        Question q = em.find(Question.class, id);
        if (q == null || caller.isAnonymous() && !q.isPublic()) {
            throw new DomainException.NotFound("question", id);
        }
        return q;
    }

    /** A question's answers, oldest first (question_answer_idx). */
    public List<QuestionAnswer> answers(UUID questionId) {
        return em.createQuery(
                        "select a from QuestionAnswer a where a.questionId = :q order by a.createdAt, a.id",
                        QuestionAnswer.class)
                .setParameter("q", questionId)
                .getResultList();
    }
}
