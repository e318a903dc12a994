package kr.seoul.chatdong.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 협의체: a district council names its district (5-digit code); a city-wide one must not. */
class CouncilRulesTest {

    static final Instant NOW = Instant.parse("2016-02-16T00:00:00Z");
    static final LocalDate ESTABLISHED = LocalDate.of(2015, 7, 1);
    static final String SEONGBUK_GU = "11290";

    @Test
    void exactlyTheDistrictCouncilAndTheDistrictSupportTeamBelongToADistrict() {
        assertEquals(
                List.of(CouncilKind.DISTRICT, CouncilKind.DISTRICT_SUPPORT_TEAM),
                Arrays.stream(CouncilKind.values())
                        .filter(CouncilKind::belongsToDistrict)
                        .toList());
    }

    @Test
    void theCityWideCouncilIsEstablishedWithoutADistrict() {
        Council council =
                Council.establish("서울시 민관협력 추진단", CouncilKind.METROPOLITAN, null, ESTABLISHED, "광역단위 민관협력 협의체", NOW);

        assertEquals("서울시 민관협력 추진단", council.name());
        assertEquals(CouncilKind.METROPOLITAN, council.kind());
        assertNull(council.districtCode());
        assertEquals(ESTABLISHED, council.establishedOn());
        assertEquals("광역단위 민관협력 협의체", council.description());
        assertEquals(NOW, council.createdAt());
    }

    @Test
    void aDistrictCouncilKeepsItsDistrict() {
        Council council = Council.establish("성북구 민관협력 협의체", CouncilKind.DISTRICT, SEONGBUK_GU, ESTABLISHED, null, NOW);

        assertEquals(SEONGBUK_GU, council.districtCode());
    }

    @ParameterizedTest
    @EnumSource(
            value = CouncilKind.class,
            names = {"DISTRICT", "DISTRICT_SUPPORT_TEAM"})
    void aDistrictKindWithoutADistrictIsAnInvalidDistrictCode(CouncilKind kind) {
        DomainException.InvalidValue e = assertThrows(
                DomainException.InvalidValue.class,
                () -> Council.establish("성북구 추진지원단", kind, null, ESTABLISHED, null, NOW));

        assertEquals("districtCode", e.field());
        assertEquals("a " + kind + " council belongs to one district: give its 5-digit code", e.reason());
    }

    @ParameterizedTest
    @EnumSource(
            value = CouncilKind.class,
            names = {"METROPOLITAN", "TASK_FORCE", "ADVISORY", "EDUCATION_PLANNING"})
    void aCityWideKindWithADistrictIsAnInvalidDistrictCode(CouncilKind kind) {
        DomainException.InvalidValue e = assertThrows(
                DomainException.InvalidValue.class,
                () -> Council.establish("서울시 민관협력 추진단", kind, SEONGBUK_GU, ESTABLISHED, null, NOW));

        assertEquals("districtCode", e.field());
        assertEquals("a " + kind + " council is city-wide: leave districtCode out", e.reason());
        assertEquals("districtCode: a " + kind + " council is city-wide: leave districtCode out", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(CouncilKind.class)
    void everyKindCanBeEstablishedTheRightWay(CouncilKind kind) {
        Council council =
                Council.establish("협의체", kind, kind.belongsToDistrict() ? SEONGBUK_GU : null, ESTABLISHED, null, NOW);

        assertEquals(kind, council.kind());
        assertEquals(kind.belongsToDistrict() ? SEONGBUK_GU : null, council.districtCode());
    }

    @Test
    void councilsGetDistinctIds() {
        assertNotEquals(
                Council.establish("서울시 민관협력 추진단", CouncilKind.METROPOLITAN, null, ESTABLISHED, null, NOW)
                        .id(),
                Council.establish("서울시 민관협력 추진단", CouncilKind.METROPOLITAN, null, ESTABLISHED, null, NOW)
                        .id());
    }

    @Test
    void revisingChangesWhatIsNamedAndNullLeavesTheRest() {
        Council council = Council.establish("교육기획위원회", CouncilKind.EDUCATION_PLANNING, null, ESTABLISHED, "5개 분과", NOW);

        council.revise(null, "5개 분과 / 총 20명", null);

        assertEquals("교육기획위원회", council.name());
        assertEquals("5개 분과 / 총 20명", council.description());
        assertEquals(ESTABLISHED, council.establishedOn());

        council.revise("2016 교육기획위원회", null, LocalDate.of(2016, 1, 4));

        assertEquals("2016 교육기획위원회", council.name());
        assertEquals("5개 분과 / 총 20명", council.description());
        assertEquals(LocalDate.of(2016, 1, 4), council.establishedOn());
        assertEquals(CouncilKind.EDUCATION_PLANNING, council.kind(), "the kind is not revisable");
    }

    @org.junit.jupiter.api.Test
    void aPatchMayRemoveTheOptionalMembersButNotTheName() {
        kr.seoul.chatdong.governance.domain.Council council = kr.seoul.chatdong.governance.domain.Council.establish(
                "서울시 민관협력 추진단",
                CouncilKind.METROPOLITAN,
                null,
                java.time.LocalDate.of(2015, 7, 1),
                "광역 협의체",
                java.time.Instant.parse("2016-01-04T00:00:00Z"));
        council.remove(java.util.Set.of("description", "establishedOn"));
        org.junit.jupiter.api.Assertions.assertNull(council.description());
        org.junit.jupiter.api.Assertions.assertNull(council.establishedOn());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(
                kr.seoul.chatdong.commons.rules.DomainException.InvalidValue.class,
                () -> council.remove(java.util.Set.of("name")));
        org.junit.jupiter.api.Assertions.assertEquals("name", refused.field());
        org.junit.jupiter.api.Assertions.assertEquals("서울시 민관협력 추진단", council.name());
    }
}
