package kr.seoul.chatdong.monitoring.query;

import java.util.Map;

import kr.seoul.chatdong.language.Field;

/** One district with dongs in a round's scope; no rank or mean while none of its dongs is assessed. */
public record DistrictStanding(
        String districtCode, int dongCount, Double mean, Long rank, Map<Field, Double> fieldMeans) {}
