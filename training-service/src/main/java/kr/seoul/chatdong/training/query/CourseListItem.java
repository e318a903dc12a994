package kr.seoul.chatdong.training.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Audience;
import kr.seoul.chatdong.training.domain.CourseCategory;
import kr.seoul.chatdong.training.domain.CourseTrack;

/** A course in a list: the columns its view shows, and its fields in field order. */
public record CourseListItem(
        UUID id,
        String code,
        String title,
        CourseTrack track,
        CourseCategory category,
        List<Audience> audiences,
        String organiser,
        BigDecimal minAttendanceShare,
        boolean evaluationRequired,
        int hours,
        List<Field> fields,
        String description,
        Instant createdAt,
        long version) {}
