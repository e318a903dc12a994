package kr.seoul.chatdong.training.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of an evaluation: a Likert value for an item (and, for an item about instructors, which instructor). */
@Embeddable
public class EvaluationAnswer {

    private String item;

    @Column(name = "instructor_id")
    private UUID instructorId;

    private int value;

    /** The item's weight when answered: the score stays what it was if the questionnaire is later replaced. */
    private int weight;

    protected EvaluationAnswer() {}

    EvaluationAnswer(String item, UUID instructorId, int value, int weight) {
        this.item = item;
        this.instructorId = instructorId;
        this.value = value;
        this.weight = weight;
    }

    public String item() {
        return item;
    }

    public UUID instructorId() {
        return instructorId;
    }

    public int value() {
        return value;
    }

    public int weight() {
        return weight;
    }
}
