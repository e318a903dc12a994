package kr.seoul.chatdong.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 회의: a council's meeting is upcoming while it is scheduled and still ahead. */
class MeetingRulesTest {

    static final Instant FEB_16 = Instant.parse("2016-02-16T00:00:00Z");
    static final Instant MEETING_AT = Instant.parse("2016-04-20T05:00:00Z");

    static final Council METROPOLITAN =
            Council.establish("서울시 민관협력 추진단", CouncilKind.METROPOLITAN, null, LocalDate.of(2015, 7, 1), null, FEB_16);

    static Meeting meeting() {
        return Meeting.schedule(METROPOLITAN, "2016년 상반기 모니터링 결과 보고", MEETING_AT, "서울시청 기획상황실", FEB_16);
    }

    @Test
    void aMeetingIsScheduledForItsCouncil() {
        Meeting m = meeting();

        assertEquals(Meeting.Status.SCHEDULED, m.status());
        assertEquals(METROPOLITAN.id(), m.councilId());
        assertEquals("2016년 상반기 모니터링 결과 보고", m.title());
        assertEquals(MEETING_AT, m.scheduledAt());
        assertEquals("서울시청 기획상황실", m.place());
        assertEquals(FEB_16, m.createdAt());
    }

    @Test
    void itIsUpcomingUntilTheMomentItStarts() {
        Meeting m = meeting();

        assertTrue(m.isUpcoming(FEB_16));
        assertTrue(m.isUpcoming(MEETING_AT.minusSeconds(1)));
        assertFalse(m.isUpcoming(MEETING_AT), "a meeting starting now is no longer upcoming");
        assertFalse(m.isUpcoming(MEETING_AT.plusSeconds(1)));
    }

    @Test
    void minutesAreApprovedAtALaterMeetingOfTheSameCouncil_elseARuleNamesWhy() {
        Meeting m = meeting();
        m.writeMinutes("## 개회", "<h2>개회</h2>");
        Meeting earlier =
                Meeting.schedule(METROPOLITAN, "2016년 3월 정기회의", MEETING_AT.minusSeconds(86_400 * 30), null, FEB_16);
        Council other = Council.establish("교육기획위원회", CouncilKind.EDUCATION_PLANNING, null, null, null, FEB_16);
        Meeting elsewhere = Meeting.schedule(other, "2016년 5월 회의", MEETING_AT.plusSeconds(86_400 * 30), null, FEB_16);

        assertEquals(
                "approving-meeting-not-later",
                assertThrows(DomainException.RuleViolation.class, () -> m.approveMinutesAt(m, FEB_16))
                        .details()
                        .get("rule"));
        assertEquals(
                "approving-meeting-not-later",
                assertThrows(DomainException.RuleViolation.class, () -> m.approveMinutesAt(earlier, FEB_16))
                        .details()
                        .get("rule"));
        DomainException.RuleViolation another =
                assertThrows(DomainException.RuleViolation.class, () -> m.approveMinutesAt(elsewhere, FEB_16));
        assertEquals("approving-meeting-of-another-council", another.details().get("rule"));
        assertEquals("atMeetingId", another.details().get("field"));
    }

    @Test
    void aMeetingScheduledInThePastIsNotUpcoming() {
        Meeting m =
                Meeting.schedule(METROPOLITAN, "2015년 12월 정기회의", Instant.parse("2015-12-10T05:00:00Z"), null, FEB_16);

        assertFalse(m.isUpcoming(FEB_16));
    }
}
