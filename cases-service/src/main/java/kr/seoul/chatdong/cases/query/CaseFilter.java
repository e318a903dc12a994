package kr.seoul.chatdong.cases.query;

import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.language.Field;

/**
 * What a list of cases may be narrowed to; null members narrow nothing. {@code field} matches any of
 * a case's fields, {@code year} the (Seoul) year it was published in; every one of {@code terms} (a
 * search) must occur in the case's title, summary, body or tags.
 */
public record CaseFilter(
        CaseStatus status,
        UUID roundId,
        String districtCode,
        String dongCode,
        Field field,
        String tag,
        Integer year,
        List<String> terms,
        UUID assigneeId,
        Boolean assigned) {

    public CaseFilter withStatus(CaseStatus newStatus) {
        return new CaseFilter(
                newStatus, roundId, districtCode, dongCode, field, tag, year, terms, assigneeId, assigned);
    }
}
