package kr.seoul.chatdong.cases.domain;

import jakarta.persistence.Embeddable;

/** A contest's criterion (심사 기준) and its weight (1–100; weights are relative). */
@Embeddable
public class Criterion {

    private String name;

    private int weight;

    protected Criterion() {}

    public Criterion(String name, int weight) {
        this.name = name;
        this.weight = weight;
    }

    public String name() {
        return name;
    }

    public int weight() {
        return weight;
    }
}
