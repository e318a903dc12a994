package kr.seoul.chatdong.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;

class QuorumRuleTest {

    @Test
    void majorityIsMoreThanHalf() {
        assertEquals(6, QuorumRule.MAJORITY.required(10));
        assertEquals(6, QuorumRule.MAJORITY.required(11));
        assertTrue(QuorumRule.MAJORITY.met(6, 11));
        assertFalse(QuorumRule.MAJORITY.met(5, 10));
    }

    @Test
    void twoThirdsRoundsUp() {
        QuorumRule rule = QuorumRule.parse("TWO_THIRDS", "quorumRule");
        assertEquals(14, rule.required(20));
        assertEquals(6, rule.required(9));
        assertEquals(7, rule.required(10));
    }

    @Test
    void fixedNeedsN() {
        QuorumRule rule = QuorumRule.parse("FIXED:3", "quorumRule");
        assertEquals(3, rule.required(20));
        assertTrue(rule.met(3, 20));
        assertFalse(rule.met(2, 2));
        assertThrows(DomainException.InvalidValue.class, () -> QuorumRule.parse("FIXED:0", "quorumRule"));
        assertThrows(DomainException.InvalidValue.class, () -> QuorumRule.parse("half", "quorumRule"));
    }
}
