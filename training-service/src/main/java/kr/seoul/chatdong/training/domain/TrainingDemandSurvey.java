package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 교육 수요 조사: a district's support team (자치구 추진지원단) asked what training it needs (plan §2,
 * "추진지원단의 교육 수요 조사를 통한 적절한 교육과정 실시"). Each topic becomes a training need of the district
 * (source DEMAND_SURVEY), or reinforces the open one of the same topic.
 */
@Entity
@Table(name = "training_demand_survey")
public class TrainingDemandSurvey {

    public static final int MAX_TOPICS = 20;

    public static final int MAX_RESPONDENTS = 10_000;

    /** One topic of the survey and the need it created or reinforced. */
    @Embeddable
    public static class Answer {
        private String topic;

        @Column(name = "need_id")
        private UUID needId;

        private boolean reinforced;

        protected Answer() {}

        Answer(String topic) {
            this.topic = topic;
        }

        public String topic() {
            return topic;
        }

        public UUID needId() {
            return needId;
        }

        /** True when an open need of the topic existed and this survey added to it. */
        public boolean reinforced() {
            return reinforced;
        }
    }

    @Id
    private UUID id;

    @Column(name = "district_code")
    private String districtCode;

    private int respondents;

    @ElementCollection
    @CollectionTable(name = "training_demand_topic", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    @Column(name = "surveyed_by")
    private String surveyedBy;

    @Column(name = "surveyed_at")
    private Instant surveyedAt;

    @Version
    private long version;

    protected TrainingDemandSurvey() {}

    /**
     * A survey of 1 to 10,000 respondents naming 1 to 20 topics, each non-blank and named once (after
     * {@link TrainingNeed#topic}'s normalising); each refusal names the field.
     */
    public static TrainingDemandSurvey take(
            String districtCode, List<String> topics, int respondents, String surveyedBy, Instant now) {
        if (respondents < 1 || respondents > MAX_RESPONDENTS) {
            throw new DomainException.InvalidValue("respondents", "must be 1 to " + MAX_RESPONDENTS);
        }
        if (topics == null || topics.isEmpty() || topics.size() > MAX_TOPICS) {
            throw new DomainException.InvalidValue("topics", "must name 1 to " + MAX_TOPICS + " topics");
        }
        TrainingDemandSurvey survey = new TrainingDemandSurvey();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            String topic = TrainingNeed.topic(topics.get(i), "topics[" + i + "]");
            Integer first = seen.putIfAbsent(topic, i);
            if (first != null) {
                throw new DomainException.InvalidValue(
                        "topics[" + i + "]", "'" + topic + "' is topics[" + first + "] already; name a topic once");
            }
            survey.answers.add(new Answer(topic));
        }
        survey.id = UUID.randomUUID();
        survey.districtCode = districtCode;
        survey.respondents = respondents;
        survey.surveyedBy = surveyedBy;
        survey.surveyedAt = now;
        return survey;
    }

    /** Records the need the topic at {@code index} created ({@code reinforced} false) or reinforced. */
    public void answered(int index, UUID needId, boolean reinforced) {
        Answer answer = answers.get(index);
        answer.needId = needId;
        answer.reinforced = reinforced;
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public int respondents() {
        return respondents;
    }

    public List<Answer> answers() {
        return Collections.unmodifiableList(answers);
    }

    public String surveyedBy() {
        return surveyedBy;
    }

    public Instant surveyedAt() {
        return surveyedAt;
    }

    public long version() {
        return version;
    }
}
