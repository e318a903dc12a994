package kr.seoul.chatdong.language.events.training;

import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/**
 * {@code kr.seoul.chatdong.training.need.met.v1}, owned by training-service: a training need that a
 * monitoring round revealed for a (dong, field) is met — trainees from that dong completed a cohort of
 * a course addressing that field. Counts and codes only, never names.
 *
 * @param completers trainees of the dong who completed the cohort
 */
public record NeedMet(
        UUID needId,
        UUID roundId,
        String dongCode,
        String districtCode,
        Field field,
        UUID cohortId,
        UUID courseId,
        LocalDate metOn,
        int completers) {}
