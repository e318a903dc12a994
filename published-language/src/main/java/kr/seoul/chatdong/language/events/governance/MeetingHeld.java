package kr.seoul.chatdong.language.events.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code kr.seoul.chatdong.governance.meeting.held.v1}, owned by governance-service: a meeting of a
 * council was held (회의 개최), with its attendance and the number of decisions taken.
 *
 * @param councilKind the council's kind as governance names it (METROPOLITAN, DISTRICT, TASK_FORCE, CITY_TASKFORCE, STEERING_COMMITTEE,
 *        ADVISORY, EDUCATION_PLANNING, DISTRICT_SUPPORT_TEAM, SUPPORT_TEAM_NETWORK); a string, so that a kind added later
 *        does not make the event unreadable to older consumers
 * @param districtCode the district of a district-scope council; null for a city-wide one
 * @param decisions how many decisions the meeting took (a count, not the decisions themselves)
 */
public record MeetingHeld(
        UUID meetingId,
        UUID councilId,
        String councilKind,
        String districtCode,
        LocalDate heldOn,
        int membersPresent,
        int membersInOffice,
        int decisions) {

    /** Whether the council is one district's (so the meeting counts for that district). */
    public boolean ofADistrictCouncil() {
        return districtCode != null;
    }
}
