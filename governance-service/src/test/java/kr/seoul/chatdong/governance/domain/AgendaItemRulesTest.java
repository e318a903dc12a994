package kr.seoul.chatdong.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.DongScores;

/** 안건: the review of a completed monitoring round goes to the next metropolitan meeting, or waits for one. */
class AgendaItemRulesTest {

    static final Instant APR_1 = Instant.parse("2016-04-01T00:00:00Z");
    static final String EVENT_ID = "0b7f5e52-round-completed-2016h1";
    static final Council METROPOLITAN =
            Council.establish("서울시 민관협력 추진단", CouncilKind.METROPOLITAN, null, LocalDate.of(2015, 7, 1), null, APR_1);

    /** Three phase-1 dongs with scores on both sides of the bars 60 and 90, exactly at them included. */
    static RoundCompleted round(int below, int excellent) {
        return new RoundCompleted(
                UUID.fromString("5f0c2a4e-2016-4c1a-9d3e-000000000001"),
                "2016년 상반기 모니터링",
                LocalDate.of(2016, 3, 1),
                LocalDate.of(2016, 3, 31),
                below,
                excellent,
                APR_1,
                List.of(
                        new DongScores(
                                "1120054000",
                                "11200",
                                Map.of(
                                        Field.WELFARE,
                                        59,
                                        Field.VILLAGE,
                                        60,
                                        Field.ADMINISTRATION,
                                        75,
                                        Field.HEALTH,
                                        0)),
                        new DongScores(
                                "1129052500",
                                "11290",
                                Map.of(
                                        Field.WELFARE,
                                        89,
                                        Field.VILLAGE,
                                        90,
                                        Field.ADMINISTRATION,
                                        100,
                                        Field.HEALTH,
                                        61)),
                        new DongScores(
                                "1129055500",
                                "11290",
                                Map.of(
                                        Field.WELFARE,
                                        60,
                                        Field.VILLAGE,
                                        89,
                                        Field.ADMINISTRATION,
                                        70,
                                        Field.HEALTH,
                                        80))));
    }

    static Meeting nextMeeting() {
        return Meeting.schedule(METROPOLITAN, "4월 정기회의", Instant.parse("2016-04-20T05:00:00Z"), "서울시청", APR_1);
    }

    @Test
    void withoutAMeetingTheReviewIsPending() {
        AgendaItem item = AgendaItem.reviewOf(round(60, 90), null, 1, EVENT_ID, APR_1);

        assertEquals(AgendaItem.Status.PENDING, item.status());
        assertNull(item.meetingId());
    }

    @Test
    void withTheNextMeetingTheReviewIsScheduledOnIt() {
        Meeting meeting = nextMeeting();

        AgendaItem item = AgendaItem.reviewOf(round(60, 90), meeting, 1, EVENT_ID, APR_1);

        assertEquals(AgendaItem.Status.SCHEDULED, item.status());
        assertEquals(meeting.id(), item.meetingId());
    }

    @Test
    void theReviewNamesTheRoundItsEventAndItsSource() {
        RoundCompleted round = round(60, 90);

        AgendaItem item = AgendaItem.reviewOf(round, null, 1, EVENT_ID, APR_1);

        assertEquals("모니터링 결과 검토: 2016년 상반기 모니터링", item.title());
        assertEquals(AgendaItem.Source.MONITORING, item.source());
        assertEquals(round.roundId(), item.roundId());
        assertEquals(EVENT_ID, item.sourceEventId());
        assertEquals(APR_1, item.createdAt());
    }

    @Test
    void theSummaryCountsDongsAndPairsPerTheBarsWithSixtyAndNinetyOnTheirRightSides() {
        // below 60: 59 and 0; at least 90: 90 and 100 — 60 is not below, 89 is not excellent
        AgendaItem item = AgendaItem.reviewOf(round(60, 90), null, 1, EVENT_ID, APR_1);

        assertEquals("3개동 · 미흡 2건 (60점 미만) · 우수 2건 (90점 이상)", item.summary());
    }

    @Test
    void theSummaryUsesTheRoundsOwnBars() {
        // below 61: 59, 60, 0, 60; at least 89: 89, 90, 100, 89
        AgendaItem item = AgendaItem.reviewOf(round(61, 89), null, 1, EVENT_ID, APR_1);

        assertEquals("3개동 · 미흡 4건 (61점 미만) · 우수 4건 (89점 이상)", item.summary());
    }

    @Test
    void aPendingReviewIsPlacedOnAMeetingLater() {
        AgendaItem item = AgendaItem.reviewOf(round(60, 90), null, 1, EVENT_ID, APR_1);
        Meeting meeting = nextMeeting();

        item.placeOn(meeting, 1);

        assertEquals(AgendaItem.Status.SCHEDULED, item.status());
        assertEquals(meeting.id(), item.meetingId());
    }
}
