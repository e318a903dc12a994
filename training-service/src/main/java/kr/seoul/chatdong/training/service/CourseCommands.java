package kr.seoul.chatdong.training.service;

import java.util.Set;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Audience;
import kr.seoul.chatdong.training.domain.CourseCategory;
import kr.seoul.chatdong.training.domain.CourseTrack;

/** What callers ask of {@link CourseService}: the REST layer maps its request bodies to these. */
public final class CourseCommands {

    private CourseCommands() {}

    public record OfferCourse(
            String title,
            CourseTrack track,
            int hours,
            Set<Field> fields,
            String description,
            String code,
            CourseCategory category,
            Set<Audience> audiences,
            String organiser,
            java.math.BigDecimal minAttendanceShare,
            boolean evaluationRequired) {}

    /** Null fields stay as they are; {@code removed} names the members the patch removes. */
    public record ReviseCourse(
            String title, Integer hours, Set<Field> fields, String description, Set<String> removed) {}
}
