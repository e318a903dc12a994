package kr.seoul.chatdong.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.cases.domain.BestPracticeCase.Step;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** The editorial workflow: NOMINATED → DRAFTING → IN_REVIEW → PUBLISHED → ARCHIVED, reject, withdraw. */
class CaseWorkflowRulesTest {

    static final Dong SEONGBUK = new SeoulGeography().dong("1129052500").orElseThrow();
    static final Instant NOW = Instant.parse("2016-05-10T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2016, 5, 10);

    static BestPracticeCase nomination() {
        return BestPracticeCase.nominate(
                UUID.randomUUID(),
                "2016년 상반기 모니터링",
                new FieldScore("1129052500", "11290", Field.HEALTH, 95),
                SEONGBUK,
                "event-1",
                NOW);
    }

    static BestPracticeCase drafting(String body) {
        BestPracticeCase c = BestPracticeCase.draft(
                "방문간호 동행",
                null,
                null,
                SEONGBUK,
                List.of(Field.HEALTH, Field.WELFARE),
                List.of("방문간호", " 방문간호 ", "돌봄"),
                List.of("성북구 발굴단"),
                null,
                NOW);
        if (body != null) {
            c.writeBody(body);
        }
        return c;
    }

    @Test
    void aNominationIsStartedSubmittedPublishedAndArchived() {
        BestPracticeCase c = nomination();
        assertEquals(List.of(Step.start, Step.withdraw), c.allowedSteps());

        c.start();
        assertEquals(CaseStatus.DRAFTING, c.status());
        assertTrue(c.writeBody("# 성북동\n방문간호사가 동행했다."));
        c.submit();
        assertEquals(CaseStatus.IN_REVIEW, c.status());
        assertEquals(List.of(Step.publish, Step.reject, Step.withdraw), c.allowedSteps());

        c.publish(
                List.of(new ChannelSlot(Channel.HOMEPAGE, TODAY), new ChannelSlot(Channel.FACEBOOK, TODAY.plusDays(2))),
                TODAY,
                NOW);
        assertEquals(CaseStatus.PUBLISHED, c.status());
        assertEquals(NOW, c.publishedAt());
        assertEquals(2, c.channels().size());
        assertEquals(LocalDate.of(2016, 5, 12), c.channels().get(1).scheduledOn());
        assertTrue(c.isPublished());

        c.archive(NOW.plusSeconds(60));
        assertEquals(CaseStatus.ARCHIVED, c.status());
        assertEquals(List.of(), c.allowedSteps());
        assertFalse(c.isPublished());
    }

    @Test
    void aStepOutOfOrderIsAConflictNamingTheStateAndTheAllowedSteps() {
        BestPracticeCase c = nomination();

        DomainException e = assertThrows(DomainException.StateConflict.class, c::submit);

        assertEquals("NOMINATED", e.details().get("currentState"));
        assertEquals(List.of("start", "withdraw"), e.details().get("allowedSteps"));
        assertThrows(DomainException.StateConflict.class, () -> c.publish(List.of(), TODAY, NOW));
        assertThrows(DomainException.StateConflict.class, () -> c.archive(NOW));
        assertThrows(DomainException.StateConflict.class, c::reject);
    }

    @Test
    void aCaseWithoutABodyCannotBeSubmitted() {
        BestPracticeCase c = drafting(null);

        DomainException e = assertThrows(DomainException.RuleViolation.class, c::submit);

        assertEquals("body-required", e.details().get("rule"));
        assertEquals(CaseStatus.DRAFTING, c.status());
    }

    @Test
    void aRejectionSendsItBackToDraftingWhereTheBodyMayChangeAgain() {
        BestPracticeCase c = drafting("첫 원고");
        c.submit();
        assertThrows(DomainException.StateConflict.class, () -> c.writeBody("검토 중 수정"));

        c.reject();

        assertEquals(CaseStatus.DRAFTING, c.status());
        assertTrue(c.writeBody("고친 원고"));
        assertFalse(c.writeBody("고친 원고"), "the same body again is no new revision");
        assertEquals("<p>고친 원고</p>", c.bodyHtml().strip());
    }

    @Test
    void withdrawEndsAnyOpenCaseButNotAPublishedOne() {
        for (BestPracticeCase c : List.of(nomination(), drafting(null), submitted())) {
            c.withdraw("중복 사례", NOW);
            assertEquals(CaseStatus.WITHDRAWN, c.status());
            assertEquals("중복 사례", c.withdrawnReason());
            assertEquals(List.of(), c.allowedSteps());
        }
        BestPracticeCase published = submitted();
        published.publish(null, TODAY, NOW);
        assertThrows(DomainException.StateConflict.class, () -> published.withdraw("늦은 철회", NOW));
    }

    @Test
    void publishingWithoutChannelsPutsItOnTheHomepageTodayAndAChannelNamedTwiceIsRefused() {
        BestPracticeCase c = submitted();
        assertThrows(
                DomainException.InvalidValue.class,
                () -> c.publish(
                        List.of(
                                new ChannelSlot(Channel.FACEBOOK, TODAY),
                                new ChannelSlot(Channel.FACEBOOK, TODAY.plusDays(1))),
                        TODAY,
                        NOW));
        assertEquals(CaseStatus.IN_REVIEW, c.status());

        c.publish(List.of(), TODAY, NOW);

        assertEquals(1, c.channels().size());
        assertEquals(Channel.HOMEPAGE, c.channels().get(0).channel());
        assertEquals(TODAY, c.channels().get(0).scheduledOn());
    }

    @Test
    void fieldsKeepTheirOrderWithoutRepeatsAndTheFirstIsTheMainField() {
        BestPracticeCase c = drafting(null);

        assertEquals(List.of(Field.HEALTH, Field.WELFARE), c.fields());
        assertEquals(Field.HEALTH, c.field());
        assertEquals(List.of("방문간호", "돌봄"), c.tags());
        assertEquals(CaseSource.DISCOVERY_TEAM, c.source());
        assertThrows(DomainException.InvalidValue.class, () -> c.revise(null, null, List.of(), null, null));
        c.revise(null, null, List.of(Field.VILLAGE, Field.VILLAGE, Field.HEALTH), null, null);
        assertEquals(List.of(Field.VILLAGE, Field.HEALTH), c.fields());
        assertEquals(Field.VILLAGE, c.field());
    }

    @Test
    void aReviewedOrPublishedCaseIsNotEditedAndMonitoringIsNoSourceForTheApi() {
        BestPracticeCase c = submitted();
        assertThrows(DomainException.StateConflict.class, () -> c.revise("새 제목", null));
        DomainException.RuleViolation monitoring = assertThrows(
                DomainException.RuleViolation.class,
                () -> BestPracticeCase.draft(
                        "x",
                        null,
                        "11290",
                        null,
                        List.of(Field.VILLAGE),
                        List.of(),
                        List.of(),
                        CaseSource.MONITORING,
                        NOW));
        org.junit.jupiter.api.Assertions.assertEquals(
                "monitoring-cases-come-from-rounds", monitoring.details().get("rule"));
    }

    @Test
    void hostileMarkdownNeverReachesBodyHtml() {
        BestPracticeCase c = drafting(null);

        c.writeBody("# 제목\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[클릭](javascript:alert(1)) "
                + "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">링크</a> <iframe src=\"https://evil.example\"></iframe>\n\n"
                + "[서울](https://www.seoul.go.kr) **굵게**");

        String html = c.bodyHtml().toLowerCase();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("<h1>제목</h1>"), html);
        assertTrue(html.contains("<strong>굵게</strong>"), html);
        assertTrue(html.contains("href=\"https://www.seoul.go.kr\""), html);
    }

    @Test
    void aCorrectedScoreWithdrawsOnlyAStillNominatedCase() {
        BestPracticeCase nominated = nomination();
        assertTrue(nominated.withdrawNomination("평가 정정 95→80", NOW));
        assertEquals(CaseStatus.WITHDRAWN, nominated.status());

        BestPracticeCase started = nomination();
        started.start();
        assertFalse(started.withdrawNomination("평가 정정 95→80", NOW));
        assertEquals(CaseStatus.DRAFTING, started.status());
        assertNull(started.withdrawnReason());
    }

    private static BestPracticeCase submitted() {
        BestPracticeCase c = drafting("원고");
        c.submit();
        return c;
    }
}
