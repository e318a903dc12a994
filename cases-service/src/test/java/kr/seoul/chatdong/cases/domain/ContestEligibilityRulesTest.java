package kr.seoul.chatdong.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;

/** 공유대회 대상 자치구: a contest naming districts takes their cases only; naming none, every district's. */
class ContestEligibilityRulesTest {

    static final Instant NOW = Instant.parse("2016-05-10T01:00:00Z");

    static Contest contest() {
        return new Contest(
                "2016 공유대회", LocalDate.of(2015, 7, 1), LocalDate.of(2016, 6, 30), List.of(new Criterion("성과", 1)), NOW);
    }

    static BestPracticeCase publishedIn(String districtCode) {
        BestPracticeCase c = BestPracticeCase.draft("사례", null, districtCode, null, Field.WELFARE, NOW);
        c.writeBody("본문");
        c.submit();
        c.publish(List.of(), LocalDate.of(2016, 5, 10), NOW);
        return c;
    }

    @Test
    void aCaseOfAnotherDistrictIsRefusedNamingIt() {
        Contest contest = contest();
        contest.limitTo(List.of("11320", "11290", "11200", "11545"), List.of());
        assertEquals(List.of("11200", "11290", "11320", "11545"), contest.eligibleDistrictCodes());

        new ContestEntry(contest, publishedIn("11290"), "성북구", NOW);
        DomainException.RuleViolation refused = assertThrows(
                DomainException.RuleViolation.class, () -> new ContestEntry(contest, publishedIn("11680"), "강남구", NOW));
        assertEquals("not-eligible", refused.details().get("rule"));
        assertEquals("11680", refused.details().get("districtCode"));
        assertTrue(refused.getMessage().contains("강남구"), refused.getMessage());
    }

    @Test
    void namingNoDistrictsTakesEveryDistrictsCases() {
        Contest contest = contest();
        assertTrue(contest.admits("11680"));
        new ContestEntry(contest, publishedIn("11680"), "강남구", NOW);
    }

    @Test
    void aDistrictWhoseCaseEnteredStaysEligible() {
        Contest contest = contest();
        DomainException.RuleViolation refused = assertThrows(
                DomainException.RuleViolation.class, () -> contest.limitTo(List.of("11200"), List.of("11290")));
        assertEquals("entered-district", refused.details().get("rule"));
        contest.limitTo(List.of(), List.of("11290"));
        assertTrue(contest.admits("11290"));
    }
}
