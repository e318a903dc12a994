package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.text.Markdown;

/**
 * 현장 소통 기록: one contact of a district's liaison (or of the city, or a monitor) with the district
 * or one of its dongs. Its notes are Markdown, kept with their sanitised HTML as the cases keep
 * theirs; the follow-ups it leaves are rows of their own.
 */
@Entity
@Table(name = "field_contact")
public class FieldContact {

    /** A contact leaves at most this many follow-ups. */
    public static final int MAX_FOLLOW_UPS = 20;

    @Id
    private UUID id;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "dong_code")
    private String dongCode;

    @Enumerated(EnumType.STRING)
    private FieldContactKind kind;

    @Column(name = "contact_on")
    private LocalDate contactOn;

    private String topic;

    private String notes;

    @Column(name = "notes_html")
    private String notesHtml;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected FieldContact() {}

    /** One follow-up to leave: what to do, by when. */
    public record Planned(String action, LocalDate dueOn) {}

    /** A recorded contact with the follow-ups it leaves (to persist with it). */
    public record Recorded(FieldContact contact, List<FollowUp> followUps) {}

    /** Records a contact; a follow-up due before the contact itself is refused (400 naming it). */
    public static Recorded record(
            String districtCode,
            String dongCode,
            FieldContactKind kind,
            LocalDate on,
            String topic,
            String notes,
            List<Planned> followUps,
            String recordedBy,
            Instant now) {
        FieldContact c = new FieldContact();
        c.id = UUID.randomUUID();
        c.districtCode = districtCode;
        c.dongCode = dongCode;
        c.kind = kind;
        c.contactOn = on;
        c.topic = topic;
        c.notes = notes == null ? "" : notes;
        c.notesHtml = Markdown.toSafeHtml(c.notes);
        c.recordedBy = recordedBy;
        c.createdAt = now;
        if (followUps.size() > MAX_FOLLOW_UPS) {
            throw new DomainException.InvalidValue(
                    "followUps", "at most " + MAX_FOLLOW_UPS + " follow-ups per contact");
        }
        List<FollowUp> planned = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            Planned p = followUps.get(i);
            if (p.dueOn().isBefore(on)) {
                throw new DomainException.InvalidValue(
                        "followUps[" + i + "].dueOn", "must be on or after the contact's day (" + on + ")");
            }
            planned.add(new FollowUp(c.id, districtCode, i, p.action(), p.dueOn()));
        }
        return new Recorded(c, planned);
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public String dongCode() {
        return dongCode;
    }

    public FieldContactKind kind() {
        return kind;
    }

    public LocalDate on() {
        return contactOn;
    }

    public String topic() {
        return topic;
    }

    public String notes() {
        return notes;
    }

    public String notesHtml() {
        return notesHtml;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
