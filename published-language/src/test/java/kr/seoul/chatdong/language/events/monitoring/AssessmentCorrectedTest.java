package kr.seoul.chatdong.language.events.monitoring;

import static kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected.Bar.EXCELLENT;
import static kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected.Bar.UNDERPERFORMING;
import static kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected.Reconciliation.DERIVE;
import static kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected.Reconciliation.UNTOUCHED;
import static kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected.Reconciliation.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;

/** The one decision of a correction every consumer of monitoring's rounds follows (bars 60 and 90, as the 2016 rounds). */
class AssessmentCorrectedTest {

    static AssessmentCorrected correction(int from, int to) {
        return new AssessmentCorrected(
                UUID.randomUUID(),
                "2016년 2차 모니터링",
                "1129052500",
                "11290",
                Field.WELFARE,
                from,
                to,
                60,
                90,
                "채점 오류",
                Instant.parse("2016-04-01T00:00:00Z"));
    }

    @Test
    void belowTheBarThenNotWithdrawsWhatWasDerived() {
        assertEquals(WITHDRAW, correction(41, 72).reconciliation(UNDERPERFORMING, true));
        assertEquals(UNTOUCHED, correction(41, 72).reconciliation(UNDERPERFORMING, false));
        assertEquals("평가 정정 41→72: 채점 오류", correction(41, 72).withdrawalReason());
    }

    @Test
    void nowBelowTheBarDerivesOnceOnly() {
        assertEquals(DERIVE, correction(72, 41).reconciliation(UNDERPERFORMING, false));
        assertEquals(UNTOUCHED, correction(72, 41).reconciliation(UNDERPERFORMING, true));
    }

    @Test
    void stillOnTheSameSideOfTheBarChangesNothing() {
        assertEquals(UNTOUCHED, correction(41, 55).reconciliation(UNDERPERFORMING, true));
        assertEquals(UNTOUCHED, correction(72, 88).reconciliation(UNDERPERFORMING, false));
        assertEquals(UNTOUCHED, correction(59, 60).reconciliation(EXCELLENT, false));
    }

    @Test
    void theExcellentBarWorksTheSameWay() {
        assertEquals(WITHDRAW, correction(95, 89).reconciliation(EXCELLENT, true));
        assertEquals(DERIVE, correction(89, 90).reconciliation(EXCELLENT, false));
        assertEquals(UNTOUCHED, correction(91, 99).reconciliation(EXCELLENT, true));
    }
}
