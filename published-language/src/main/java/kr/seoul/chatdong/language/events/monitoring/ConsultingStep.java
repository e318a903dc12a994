package kr.seoul.chatdong.language.events.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/**
 * One step of a consulting assignment, owned by monitoring-service: the payload of
 * {@code kr.seoul.chatdong.monitoring.consulting.{assigned,scheduled,visited,reported,closed,cancelled,withdrawn}.v1},
 * each type named for the state the assignment reached ({@code status}). Ids, codes, dates and
 * counts only: the notes, diagnosis, reasons and the consultant's name stay in monitoring-service
 * (they may name people).
 *
 * @param consultantId         the consultant now responsible; null once cancelled or withdrawn before assignment
 * @param previousConsultantId set on a reassignment: who had it before
 * @param visitOn              the planned visit day (scheduled and later)
 * @param visitedOn            the day of the visit (visited and later)
 * @param recommendations      how many recommendations the report makes (reported and later)
 * @param followUps            how many follow-ups the report asks for (reported and later)
 */
public record ConsultingStep(
        UUID assignmentId,
        UUID roundId,
        String dongCode,
        String districtCode,
        Field field,
        String status,
        UUID consultantId,
        UUID previousConsultantId,
        LocalDate visitOn,
        LocalDate visitedOn,
        Integer recommendations,
        Integer followUps,
        Instant occurredAt) {}
