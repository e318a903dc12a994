package kr.seoul.chatdong.monitoring.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * ResultsRepository groups a round's dongs by district in SQL with {@code left(dong_code, 5)}: true
 * of every dong of the reference data (행정기관코드: 시도 2 + 시군구 3 + 읍면동 5 digits).
 */
class DistrictOfDongTest {

    @Test
    void everyDongsCodeStartsWithItsDistrictsCode() {
        List<Dong> dongs = new SeoulGeography().dongs();
        assertEquals(426, dongs.size());
        for (Dong dong : dongs) {
            assertTrue(dong.code().startsWith(dong.districtCode()), dong + " is not in the district its code names");
        }
    }
}
