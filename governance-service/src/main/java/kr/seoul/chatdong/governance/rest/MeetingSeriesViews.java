package kr.seoul.chatdong.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.domain.MeetingSeries;
import kr.seoul.chatdong.governance.rest.MeetingViews.MeetingView;
import kr.seoul.chatdong.governance.service.GovernanceCommands;

/** Request and response bodies of meeting series (연속 회의). */
public final class MeetingSeriesViews {

    private MeetingSeriesViews() {}

    @Schema(
            name = "NewMeetingSeries",
            description = "Meetings of the council from an RFC 5545 rule; each like a meeting scheduled alone")
    public record NewMeetingSeries(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "2016년 추진지원단 연석회의")
            String title,

            @Schema(description = "REGULAR when absent", examples = "REGULAR")
            Meeting.Kind kind,

            @NotBlank
            @Size(max = 500)
            @Schema(
                    required = true,
                    description = "an RFC 5545 recurrence rule (RRULE, without the 'RRULE:'), read in Seoul time; "
                            + "at most 60 meetings",
                    examples = "FREQ=MONTHLY;BYDAY=2WE;UNTIL=20161231T235959Z")
            String rrule,

            @NotNull
            @Schema(
                    required = true,
                    description = "the first meeting, with its offset (Seoul is +09:00); the later ones keep its time "
                            + "of day",
                    examples = "2016-02-10T14:00:00+09:00")
            OffsetDateTime scheduledAt,

            @NotNull
            @Min(1)
            @Max(1440)
            @Schema(required = true, description = "each meeting's length", examples = "120")
            Integer durationMinutes,

            @Size(max = 200) @Schema(examples = "서울시 NPO지원센터 대회의실")
            String place,

            @Min(1)
            @Max(100_000)
            @Schema(
                    description = "seats of each meeting, when they are open events; absent: no registrations",
                    examples = "60")
            Integer capacity) {

        public GovernanceCommands.ScheduleMeetingSeries toCommand(UUID councilId) {
            return new GovernanceCommands.ScheduleMeetingSeries(
                    councilId,
                    title.strip(),
                    kind,
                    rrule.strip(),
                    scheduledAt.toInstant(),
                    durationMinutes,
                    place,
                    capacity);
        }
    }

    @Schema(name = "MeetingSeriesCancellation")
    public record SeriesCancellation(
            @NotNull
            @Schema(
                    required = true,
                    description = "cancels the meetings on or after this day (Seoul) that were not held",
                    examples = "2016-10-01")
            LocalDate from) {}

    @Schema(name = "MeetingSeries", description = "연속 회의: a series and its meetings, earliest first")
    public record MeetingSeriesView(
            UUID seriesId,
            UUID councilId,
            @Schema(examples = "2016년 추진지원단 연석회의") String title,

            @Schema(examples = "FREQ=MONTHLY;BYDAY=2WE;UNTIL=20161231T235959Z")
            String rrule,

            Instant createdAt,
            List<MeetingView> meetings) {

        public static MeetingSeriesView of(MeetingSeries s, List<Meeting> meetings) {
            return new MeetingSeriesView(
                    s.id(),
                    s.councilId(),
                    s.title(),
                    s.rrule(),
                    s.createdAt(),
                    meetings.stream().map(MeetingView::of).toList());
        }
    }
}
