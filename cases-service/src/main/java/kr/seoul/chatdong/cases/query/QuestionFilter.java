package kr.seoul.chatdong.cases.query;

import java.util.List;

import kr.seoul.chatdong.cases.domain.Question;

/** What a list of questions may be narrowed to (null: not narrowed); every one of {@code terms} must occur in topic, question or answers. */
public record QuestionFilter(Question.Status status, String districtCode, String topic, List<String> terms) {

    public QuestionFilter withStatus(Question.Status newStatus) {
        return new QuestionFilter(newStatus, districtCode, topic, terms);
    }
}
