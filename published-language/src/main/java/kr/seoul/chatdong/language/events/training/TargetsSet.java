package kr.seoul.chatdong.language.events.training;

import java.util.List;

/**
 * {@code kr.seoul.chatdong.training.targets.set.v1}, owned by training-service: a year's training
 * targets (교육 목표) were set; the list replaces whatever the year had, so the newest event of a year
 * is its targets (an empty list: none).
 */
public record TargetsSet(int year, List<Target> targets) {

    /**
     * @param organiser {@code CITY} or the 5-digit code of the district whose target it is
     * @param audience whom it counts, as training names it (e.g. CIVIL_SERVANT); a string, so that an
     *        audience added later does not make the event unreadable
     * @param target people to train in the year
     */
    public record Target(String organiser, String audience, int target) {}
}
