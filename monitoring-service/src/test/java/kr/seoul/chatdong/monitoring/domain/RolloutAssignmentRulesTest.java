package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.monitoring.domain.RolloutAssignment.Scope;

/** The phase a district (e.g. 성북구, phase 1 from July 2015) or a single dong joined the program in. */
class RolloutAssignmentRulesTest {

    static final Instant JUL_2015 = Instant.parse("2015-07-01T00:00:00Z");
    static final Instant JAN_2016 = Instant.parse("2016-01-01T00:00:00Z");

    @Test
    void aDistrictIsAssignedToAPhase() {
        RolloutAssignment seongbukGu = new RolloutAssignment(Scope.DISTRICT, "11290", 1, JUL_2015);

        assertEquals(Scope.DISTRICT, seongbukGu.scope());
        assertEquals("11290", seongbukGu.code());
        assertEquals(1, seongbukGu.phase());
    }

    @Test
    void reassigningChangesThePhaseOnly() {
        RolloutAssignment dong = new RolloutAssignment(Scope.DONG, "1111051500", 2, JAN_2016); // 종로구 청운효자동

        dong.assign(3, JAN_2016.plusSeconds(86_400));

        assertEquals(3, dong.phase());
        assertEquals(Scope.DONG, dong.scope());
        assertEquals("1111051500", dong.code());
    }

    @Test
    void aDistrictRowAndADongRowAreDifferentKeysEvenForTheSameCode() {
        RolloutAssignment.Key district = new RolloutAssignment.Key(Scope.DISTRICT, "11290");

        assertEquals(district, new RolloutAssignment.Key(Scope.DISTRICT, new String("11290")));
        assertEquals(district.hashCode(), new RolloutAssignment.Key(Scope.DISTRICT, "11290").hashCode());
        assertNotEquals(district, new RolloutAssignment.Key(Scope.DONG, "11290"));
        assertNotEquals(district, new RolloutAssignment.Key(Scope.DISTRICT, "11200"));
    }
}
