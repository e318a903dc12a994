package kr.seoul.chatdong.monitoring.service;

import java.time.LocalDate;
import java.util.List;

import kr.seoul.chatdong.monitoring.domain.FieldContactKind;

/** What callers ask of {@link LiaisonService}: the REST layer maps its request bodies to these. */
public final class LiaisonCommands {

    private LiaisonCommands() {}

    /** The liaison of a district from {@code from} on; {@code account} is the person's sign-in name. */
    public record AppointLiaison(
            String name, String organisation, String account, String phone, String email, LocalDate from) {}

    /** One field contact and the follow-ups it leaves. */
    public record RecordContact(
            String districtCode,
            String dongCode,
            FieldContactKind kind,
            LocalDate on,
            String topic,
            String notes,
            List<PlannedFollowUp> followUps) {}

    public record PlannedFollowUp(String action, LocalDate dueOn) {}

    /** A follow-up is done; the note says what was done. */
    public record MarkDone(String note) {}
}
