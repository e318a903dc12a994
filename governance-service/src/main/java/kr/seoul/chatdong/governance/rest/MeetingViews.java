package kr.seoul.chatdong.governance.rest;

import kr.seoul.chatdong.governance.repository.AgendaItemRepository;
import kr.seoul.chatdong.governance.repository.MeetingRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.service.GovernanceCommands;

import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.Meeting;

/** Request and response bodies of meetings and agenda items. */
public final class MeetingViews {

    private MeetingViews() {
    }

    @Schema(name = "NewMeeting", description = "A council meeting to schedule")
    public record NewMeeting(
            @NotNull @Schema(required = true) UUID councilId,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "2016년 제1차 광역 민관협력 협의체 정기회의") String title,
            @NotNull @Schema(required = true, description = "with its offset; Seoul is +09:00", examples = "2016-04-20T14:00:00+09:00") OffsetDateTime scheduledAt,
            @Size(max = 200) @Schema(examples = "서울시청 서소문청사 회의실") String place) {

        public GovernanceCommands.ScheduleMeeting toCommand() {
            return new GovernanceCommands.ScheduleMeeting(councilId, title.strip(), scheduledAt.toInstant(), place);
        }
    }

    @Schema(name = "Meeting")
    public record MeetingView(UUID id, UUID councilId,
            @Schema(examples = "2016년 제1차 광역 민관협력 협의체 정기회의") String title,
            Instant scheduledAt,
            @Schema(nullable = true) String place,
            @Schema(examples = "SCHEDULED") Meeting.Status status,
            Instant createdAt, long version) {

        public static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), m.councilId(), m.title(), m.scheduledAt(), m.place(), m.status(), m.createdAt(), m.version());
        }

        public static MeetingView of(MeetingRepository.MeetingRow m) {
            return new MeetingView(m.id(), m.councilId(), m.title(), m.scheduledAt(), m.place(), m.status(), m.createdAt(), m.version());
        }
    }

    @Schema(name = "AgendaItem")
    public record AgendaItemView(UUID id,
            @Schema(description = "the meeting it is on; null while PENDING", nullable = true) UUID meetingId,
            @Schema(examples = "모니터링 결과 검토: 2016년 3차 모니터링") String title,
            @Schema(nullable = true, examples = "282개동 · 미흡 37건 (60점 미만) · 우수 12건 (90점 이상)") String summary,
            @Schema(examples = "MONITORING") AgendaItem.Source source,
            @Schema(nullable = true) UUID roundId,
            @Schema(examples = "SCHEDULED") AgendaItem.Status status,
            @Schema(description = "id of the event it came from", nullable = true) String sourceEventId,
            Instant createdAt, long version) {

        public static AgendaItemView of(AgendaItem a) {
            return new AgendaItemView(a.id(), a.meetingId(), a.title(), a.summary(), a.source(), a.roundId(), a.status(),
                    a.sourceEventId(), a.createdAt(), a.version());
        }

        public static AgendaItemView of(AgendaItemRepository.AgendaItemRow a) {
            return new AgendaItemView(a.id(), a.meetingId(), a.title(), a.summary(), a.source(), a.roundId(), a.status(),
                    a.sourceEventId(), a.createdAt(), a.version());
        }
    }
}
