package kr.seoul.chatdong.cases.domain;

import java.time.YearMonth;

/** One month of a quota: cases published in it (Seoul time) against the month's quota. */
public record QuotaMonth(YearMonth month, long published, int quota) {

    public boolean met() {
        return published >= quota;
    }
}
