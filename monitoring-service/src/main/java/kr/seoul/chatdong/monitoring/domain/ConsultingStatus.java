package kr.seoul.chatdong.monitoring.domain;

import java.util.Set;

/**
 * Where a consulting assignment stands: {@code OPEN → ASSIGNED → SCHEDULED → VISITED → REPORTED →
 * CLOSED}; {@code CANCELLED} from any open state; {@code WITHDRAWN} when a corrected assessment
 * lifts the (dong, field) to the round's bar.
 */
public enum ConsultingStatus {
    /** Opened by a completed round; no consultant could be matched yet. */
    OPEN,
    /** A consultant has it and is to schedule the visit. */
    ASSIGNED,
    /** The visit is scheduled ({@code visitOn}). */
    SCHEDULED,
    /** The consultant visited the dong. */
    VISITED,
    /** The consultant reported a diagnosis, recommendations and follow-ups. */
    REPORTED,
    /** Done. */
    CLOSED,
    /** Stopped before it was done, with a reason. */
    CANCELLED,
    /** No longer applies: a correction lifted the score to the bar. */
    WITHDRAWN;

    /** States in which the assignment still counts against its consultant's capacity. */
    public static final Set<ConsultingStatus> ACTIVE = Set.of(ASSIGNED, SCHEDULED, VISITED, REPORTED);

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED && this != WITHDRAWN;
    }

    /** The visit took place: the dong counts as consulted. */
    public boolean consulted() {
        return this == VISITED || this == REPORTED || this == CLOSED;
    }
}
