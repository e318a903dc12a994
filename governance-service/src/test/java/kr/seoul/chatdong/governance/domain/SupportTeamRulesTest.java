package kr.seoul.chatdong.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.SupportTeam.StaffRole;

/** 자치구 추진지원단: its staff count is its staff list's length; each has a role, a name only when given. */
class SupportTeamRulesTest {

    static final Instant NOW = Instant.parse("2016-02-16T00:00:00Z");

    static SupportTeam team(List<StaffMember> staff) {
        return SupportTeam.of(
                "11290",
                SupportTeam.Model.OUTSOURCED,
                "성북구 마을 사회적경제 센터",
                staff,
                LocalDate.of(2015, 8, 1),
                null,
                null,
                NOW);
    }

    @Test
    void theCountIsTheListsLength() {
        SupportTeam t = team(List.of(
                new StaffMember(StaffRole.LEAD, null),
                new StaffMember(StaffRole.VILLAGE, " 김마을 "),
                new StaffMember(StaffRole.WELFARE, "")));

        assertEquals(3, t.staffCount());
        assertEquals(
                List.of(StaffRole.LEAD, StaffRole.VILLAGE, StaffRole.WELFARE),
                t.staff().stream().map(StaffMember::role).toList());
        assertNull(t.staff().get(0).name());
        assertEquals("김마을", t.staff().get(1).name());
        assertNull(t.staff().get(2).name(), "a blank name is no name");

        t.staff(List.of(new StaffMember(StaffRole.WELFARE, null)));
        assertEquals(1, t.staffCount());
    }

    @Test
    void everyoneHasARoleAndANameOfAtMost100Characters() {
        assertEquals(
                "staff[1].role",
                assertThrows(
                                DomainException.InvalidValue.class,
                                () -> team(List.of(new StaffMember(StaffRole.LEAD, null), new StaffMember(null, "이름"))))
                        .field());
        assertEquals(
                "staff[0].name",
                assertThrows(
                                DomainException.InvalidValue.class,
                                () -> team(List.of(new StaffMember(StaffRole.LEAD, "가".repeat(101)))))
                        .field());
        assertEquals(
                "staff",
                assertThrows(DomainException.InvalidValue.class, () -> team(null))
                        .field());
    }
}
