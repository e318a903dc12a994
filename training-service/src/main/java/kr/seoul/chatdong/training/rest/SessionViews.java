package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.domain.AttendanceStatus;
import kr.seoul.chatdong.training.rest.EnrolmentViews.RejectedRow;
import kr.seoul.chatdong.training.service.AttendanceService;

/** Request and response bodies of {@link SessionResource}. */
public final class SessionViews {

    private SessionViews() {}

    @Schema(name = "AttendanceMark", description = "One trainee's attendance of the session")
    public record AttendanceMark(
            @NotNull @Schema(required = true, examples = "e0000000-0000-4000-8000-000000000001")
            UUID enrolmentId,

            @NotNull
            @Schema(
                    required = true,
                    description = "PRESENT and LATE count as attended; EXCUSED hours leave the total",
                    examples = "PRESENT")
            AttendanceStatus status) {

        static AttendanceMark of(AttendanceService.Mark mark) {
            return new AttendanceMark(mark.enrolmentId(), mark.status());
        }
    }

    @Schema(name = "AttendanceSheetReport", description = "What a paper sign-in sheet (CSV) did")
    public record SheetReport(
            @Schema(description = "rows whose mark was set", examples = "38")
            int accepted,

            @Schema(description = "rows not taken, by line (the header is line 1)")
            List<RejectedRow> rejected) {

        static SheetReport of(AttendanceService.SheetResult r) {
            return new SheetReport(
                    r.accepted(),
                    r.rejected().stream()
                            .map(x -> new RejectedRow(x.line(), x.reason()))
                            .toList());
        }
    }

    @Schema(
            name = "CheckInCode",
            description = "A session's check-in code: show the QR image (or the code) at the session")
    public record CheckInCodeView(
            @Schema(examples = "c0000000-0000-4000-8000-000000000001")
            UUID sessionId,

            @Schema(
                    description =
                            "six characters without look-alikes (no 0/O, 1/I), typed in any case; shown only here",
                    examples = "K7QM2X")
            String code,

            @Schema(
                    description =
                            "the code is refused from this instant on (chatdong.training.check-in.code-ttl, default 10 minutes)",
                    examples = "2016-03-16T00:10:00Z")
            Instant expiresAt,

            @Schema(
                    description =
                            "what the QR code holds: the trainee's check-in page with the session and the code (chatdong.training.check-in.url)",
                    examples =
                            "http://localhost:8083/check-in?session=c0000000-0000-4000-8000-000000000001&code=K7QM2X")
            String checkInUrl,

            @Schema(
                    description = "the QR image as PNG, also at this path while the code is valid",
                    examples = "/api/v1/sessions/c0000000-0000-4000-8000-000000000001/check-in-codes/K7QM2X/qr.png")
            String qrPngUrl,

            @Schema(
                    description = "the same PNG, base64",
                    examples = "iVBORw0KGgoAAAANSUhEUgAAAUAAAAFAAQAAAADkrnSDAAAA...")
            String qrPng) {}

    /** A trainee's self check-in: the code shown at the session (its QR code opens the check-in URL). */
    @Schema(name = "CheckIn")
    public record CheckInRequest(
            @NotNull @Schema(description = "the six-character code shown at the session", example = "K7QM2X")
            String code) {}
}
