package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;

/** 교육과정: a course, offered to cohorts, that builds capacity in one or more fields. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    private UUID id;

    /** Short unique code, e.g. CD16-EMD-CM; optional for courses offered before codes existed. */
    private String code;

    private String title;

    @Enumerated(EnumType.STRING)
    private CourseTrack track;

    @Enumerated(EnumType.STRING)
    private CourseCategory category;

    /** {@code CITY} (서울시 주도) or the 5-digit code of the district that runs it (자치구 주도). */
    private String organiser;

    @Embedded
    private CompletionRule completionRule;

    @ElementCollection
    @CollectionTable(name = "course_audience", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "audience")
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    private int hours;

    private String description;

    @ElementCollection
    @CollectionTable(name = "course_field", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<Field> fields = EnumSet.noneOf(Field.class);

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {}

    /** The organiser of a course the city runs. */
    public static final String CITY = "CITY";

    public static Course offer(
            String title, CourseTrack track, int hours, Set<Field> fields, String description, Instant now) {
        return offer(
                new Profile(null, CourseCategory.COMMON, Set.of(), CITY, CompletionRule.standard()),
                title,
                track,
                hours,
                fields,
                description,
                now);
    }

    /** What the plan says of a course besides its title, track, hours and fields. */
    public record Profile(
            String code,
            CourseCategory category,
            Set<Audience> audiences,
            String organiser,
            CompletionRule completionRule) {}

    public static Course offer(
            Profile profile,
            String title,
            CourseTrack track,
            int hours,
            Set<Field> fields,
            String description,
            Instant now) {
        Course course = new Course();
        course.id = UUID.randomUUID();
        course.code = profile.code();
        course.category = profile.category();
        course.audiences =
                profile.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(profile.audiences());
        course.organiser = profile.organiser();
        course.completionRule = profile.completionRule();
        course.title = title;
        course.track = track;
        course.hours = hours;
        course.fields = fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields);
        course.description = description;
        course.createdAt = now;
        return course;
    }

    /** Changes what a PATCH names; {@code null} leaves a field as it is. */
    public void revise(String title, Integer hours, Set<Field> fields, String description) {
        if (title != null) {
            this.title = title;
        }
        if (hours != null) {
            this.hours = hours;
        }
        if (fields != null) {
            this.fields.clear();
            this.fields.addAll(fields);
        }
        if (description != null) {
            this.description = description;
        }
    }

    /** Removes what a merge patch sent as null: the description and the fields are optional; title and hours are not. */
    public void remove(Set<String> members) {
        for (String member : members) {
            switch (member) {
                case "description" -> this.description = null;
                case "fields" -> this.fields.clear();
                default -> throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
        }
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public CourseCategory category() {
        return category;
    }

    public String organiser() {
        return organiser;
    }

    public CompletionRule completionRule() {
        return completionRule;
    }

    public Set<Audience> audiences() {
        return Collections.unmodifiableSet(audiences);
    }

    public String title() {
        return title;
    }

    public CourseTrack track() {
        return track;
    }

    public int hours() {
        return hours;
    }

    public Set<Field> fields() {
        return Collections.unmodifiableSet(fields);
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
