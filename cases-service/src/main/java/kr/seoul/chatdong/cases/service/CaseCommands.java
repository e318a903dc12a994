package kr.seoul.chatdong.cases.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kr.seoul.chatdong.cases.domain.CaseSource;
import kr.seoul.chatdong.cases.domain.Channel;
import kr.seoul.chatdong.language.Field;

/** What callers ask of {@link CaseService}: the REST layer maps its request bodies to these. */
public final class CaseCommands {

    private CaseCommands() {}

    /** The district may be left out when the dong is given; both, when given, must agree. */
    public record DraftCase(
            String title,
            String summary,
            String body,
            String districtCode,
            String dongCode,
            List<Field> fields,
            List<String> tags,
            List<String> authors,
            CaseSource source) {}

    /** Null members stay as they are; {@code removed} names the members the patch removes. */
    public record ReviseCase(
            String title,
            String summary,
            String body,
            List<Field> fields,
            List<String> tags,
            List<String> authors,
            Set<String> removed) {}

    /** A reason, for reject and withdraw. */
    public record Reason(String reason) {}

    /** Where and from when a case appears once published. */
    public record PublishCase(List<Slot> channels) {

        public record Slot(Channel channel, LocalDate scheduledOn) {}
    }

    /** A reviewer's comment on a case in review. */
    public record Comment(String text) {}
}
