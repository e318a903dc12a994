package kr.seoul.chatdong.language.events.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code kr.seoul.chatdong.governance.decision.recorded.v1}, owned by governance-service: a meeting of a
 * council recorded a decision (의결). Other services name the decision that approved something of theirs
 * (cases: a manual version) and check it against the decisions they have seen.
 *
 * @param councilKind the council's kind as governance names it (see {@link MeetingHeld}); a string, so that
 *        a kind added later does not make the event unreadable to older consumers
 * @param decidedOn the day of the meeting that took the decision, in Seoul
 * @param summary the decision's text as recorded (at most 4,000 characters)
 */
public record DecisionRecorded(
        UUID meetingId, UUID decisionId, UUID councilId, String councilKind, LocalDate decidedOn, String summary) {}
