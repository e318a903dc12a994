package kr.seoul.chatdong.cases.service;

import kr.seoul.chatdong.language.Field;

/** What callers ask of {@link CaseService}: the REST layer maps its request bodies to these. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** The district may be left out when the dong is given; both, when given, must agree. */
    public record DraftCase(String title, String summary, String districtCode, String dongCode, Field field) {
    }

    /** Null fields stay as they are; {@code removed} names the members the patch removes. */
    public record ReviseCase(String title, String summary, java.util.Set<String> removed) {
    }
}
