package kr.seoul.chatdong.cases.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.domain.QuestionAnswer;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    public void persist(QuestionAnswer answer) {
        getEntityManager().persist(answer);
    }
}
