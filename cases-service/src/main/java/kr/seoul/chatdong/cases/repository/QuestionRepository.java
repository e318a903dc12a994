package kr.seoul.chatdong.cases.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.domain.QuestionAnswer;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    /** A question in a list (no answers). */
    public record QuestionRow(UUID id, String districtCode, String dongCode, String topic, String text, Question.Status status,
            String askedBy, Instant createdAt, Instant answeredAt, Instant publishedAt, long version) {
    }

    /** What a list may be narrowed to (null: not narrowed); every one of {@code terms} must occur in topic, question or answers. */
    public record QuestionFilter(Question.Status status, String districtCode, String topic, List<String> terms) {

        public QuestionFilter withStatus(Question.Status newStatus) {
            return new QuestionFilter(newStatus, districtCode, topic, terms);
        }
    }

    /** Newest first; with search terms, the best matches first: a term in the topic weighs 4, in the question 2, in an answer 1. */
    public Page<QuestionRow> list(QuestionFilter f, PageRequest paging) {
        ListQuery query = ListQuery.from(getEntityManager(), "Question");
        String rank = TextSearch.match(query, f.terms(), "e.topic", 4, "e.text", 2);
        query.eq("status", f.status()).eq("districtCode", f.districtCode()).eq("topic", f.topic());
        return query.page("e.id, e.districtCode, e.dongCode, e.topic, e.text, e.status, e.askedBy, e.createdAt, e.answeredAt, e.publishedAt, e.version",
                (rank == null ? "" : rank + ", ") + "e.createdAt desc, e.id", paging,
                r -> new QuestionRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Question.Status) r[5],
                        (String) r[6], (Instant) r[7], (Instant) r[8], (Instant) r[9], ((Number) r[10]).longValue()));
    }

    public void persist(QuestionAnswer answer) {
        getEntityManager().persist(answer);
    }

    /** A question's answers, oldest first (question_answer_idx). */
    public List<QuestionAnswer> answers(UUID questionId) {
        return getEntityManager().createQuery("select a from QuestionAnswer a where a.questionId = :q order by a.createdAt, a.id", QuestionAnswer.class)
                .setParameter("q", questionId).getResultList();
    }
}
