package kr.seoul.chatdong.governance.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.fortuna.ical4j.model.Recur;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.time.Clocks;

/**
 * 연속 회의: meetings of a council scheduled at once from an RFC 5545 recurrence rule (RRULE), the
 * first at the series' first occurrence (Seoul local time: "2nd Wednesday 14:00" stays 14:00).
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries {

    /** More meetings than this from one rule is a mistake (an open-ended rule, a wrong FREQ), not a plan. */
    public static final int MAX_MEETINGS = 60;

    /** How far an open-ended rule is followed when looking for more than {@link #MAX_MEETINGS}. */
    private static final int HORIZON_YEARS = 100;

    static {
        // ical4j initialises its date comparator in TemporalAdapter's static initialiser; a Recur
        // used before that class is loaded fails with a NullPointerException.
        try {
            Class.forName("net.fortuna.ical4j.model.TemporalAdapter", true, MeetingSeries.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Id
    private UUID id;

    @Column(name = "council_id")
    private UUID councilId;

    private String title;

    private String rrule;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected MeetingSeries() {}

    /** A series of the council; its meetings are scheduled with {@link #occurrences(String, Instant)}. */
    public static MeetingSeries of(Council council, String title, String rrule, Instant now) {
        MeetingSeries s = new MeetingSeries();
        s.id = UUID.randomUUID();
        s.councilId = council.id();
        s.title = title;
        s.rrule = rrule;
        s.createdAt = now;
        return s;
    }

    /**
     * When the meetings take place: {@code first} (RFC 5545: the start is always the first instance)
     * and the rule's later occurrences in Seoul time. 400 naming {@code rrule} for a rule that does not
     * parse; 422 {@code too-many-occurrences} past {@link #MAX_MEETINGS}.
     */
    public static List<Instant> occurrences(String rrule, Instant first) {
        ZonedDateTime seed = first.atZone(Clocks.SEOUL);
        List<ZonedDateTime> dates;
        try {
            Recur<ZonedDateTime> recur = new Recur<>(rrule.strip());
            dates = recur.getDates(seed, seed, seed.plusYears(HORIZON_YEARS), MAX_MEETINGS + 1);
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw new DomainException.InvalidValue("rrule", "not an RFC 5545 recurrence rule: " + why(e));
        }
        List<Instant> at = new ArrayList<>();
        at.add(first);
        for (ZonedDateTime d : dates) {
            Instant i = d.toInstant();
            if (i.isAfter(first)) {
                at.add(i);
            }
        }
        if (at.size() > MAX_MEETINGS) {
            throw new DomainException.RuleViolation("The rule gives more than " + MAX_MEETINGS
                            + " meetings; end it with UNTIL or COUNT, or schedule fewer at a time")
                    .with("rule", "too-many-occurrences")
                    .with("max", MAX_MEETINGS);
        }
        return at;
    }

    /** The parser's reason, without the names of its classes. */
    private static String why(RuntimeException e) {
        String message = e.getMessage() == null ? "cannot be read" : e.getMessage();
        return message.replaceAll("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.", "")
                .replace("Exception", "")
                .strip();
    }

    public UUID id() {
        return id;
    }

    public UUID councilId() {
        return councilId;
    }

    public String title() {
        return title;
    }

    public String rrule() {
        return rrule;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
