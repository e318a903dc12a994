package kr.seoul.chatdong.commons.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * The district filter of a list ({@code @BeanParam DistrictParam district}): {@code districtCode},
 * the name bodies and events use; {@code district} is its deprecated alias, still accepted.
 */
public class DistrictParam {

    @QueryParam("districtCode")
    @Parameter(description = "5-digit 자치구 code (see GET /api/v1/districts on monitoring-service)", example = "11290")
    public String districtCode;

    @QueryParam("district")
    @Parameter(description = "Deprecated alias of districtCode", deprecated = true, example = "11290")
    public String district;

    /** The code asked for (validated against the reference geography), or null when none was. */
    public String code(SeoulGeography geography) {
        if (blank(districtCode)) {
            return geography.districtFilter(district, "district");
        }
        if (!blank(district) && !district.strip().equals(districtCode.strip())) {
            throw ProblemException.invalid(
                    "district", "is the deprecated alias of districtCode; send districtCode alone");
        }
        return geography.districtFilter(districtCode, "districtCode");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
