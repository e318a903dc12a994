package kr.seoul.chatdong.monitoring.domain;

import java.util.Set;

/** Where a monitoring round stands. The allowed moves live here and nowhere else. */
public enum RoundStatus {
    /** 계획: created, nothing assessed yet. */
    PLANNED,
    /** 진행: at least one assessment recorded. */
    IN_PROGRESS,
    /** 완료: every (dong, field) assessed and the round closed; its results are published as an event. */
    COMPLETED;

    public Set<RoundStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(IN_PROGRESS);
            case IN_PROGRESS -> Set.of(IN_PROGRESS, COMPLETED);
            case COMPLETED -> Set.of();
        };
    }

    public boolean canMoveTo(RoundStatus target) {
        return next().contains(target);
    }
}
