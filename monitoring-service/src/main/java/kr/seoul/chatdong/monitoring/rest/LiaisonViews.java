package kr.seoul.chatdong.monitoring.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.monitoring.domain.DistrictLiaison;
import kr.seoul.chatdong.monitoring.domain.FieldContact;
import kr.seoul.chatdong.monitoring.domain.FieldContactKind;
import kr.seoul.chatdong.monitoring.domain.FollowUp;
import kr.seoul.chatdong.monitoring.domain.FollowUpStatus;
import kr.seoul.chatdong.monitoring.query.LiaisonQueries;
import kr.seoul.chatdong.monitoring.service.LiaisonCommands;
import kr.seoul.chatdong.monitoring.service.LiaisonService;

/** Request and response bodies of 자치구 담당제: district liaisons, field contacts, follow-ups, the monthly summary. */
public final class LiaisonViews {

    private LiaisonViews() {}

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Schema(name = "LiaisonInput", description = "The Foundation staff member responsible for a district from a day on")
    public record LiaisonInput(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "박서연")
            String name,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "서울시복지재단 찾동추진지원단")
            String organisation,

            @NotBlank
            @Size(max = 200)
            @Schema(
                    required = true,
                    description = "the person's sign-in account name (the token's preferred_username): "
                            + "a token of this account records the district's field contacts whatever its role",
                    examples = "liaison-park")
            String account,

            @Size(max = 40)
            @Pattern(regexp = "[0-9+\\-() ]*", message = "must be a phone number")
            @Schema(examples = "02-2011-0500")
            String phone,

            @Size(max = 200) @Email @Schema(examples = "liaison-park@welfare.seoul.kr")
            String email,

            @NotNull
            @Schema(
                    required = true,
                    description =
                            "first day as the district's liaison; a new person ends the period of the one before the day before",
                    examples = "2016-01-04")
            LocalDate from) {

        public LiaisonCommands.AppointLiaison toCommand() {
            return new LiaisonCommands.AppointLiaison(
                    name.strip(), organisation.strip(), account.strip(), stripped(phone), stripped(email), from);
        }
    }

    @Schema(name = "DistrictLiaisons", description = "A district's liaison now and the earlier ones with their periods")
    public record LiaisonsView(
            @Schema(examples = "11290") String districtCode,

            @Schema(nullable = true, description = "the current liaison; null when the last one's period ended")
            LiaisonView current,

            @Schema(description = "earlier liaisons, the newest first")
            List<LiaisonView> history,

            @Schema(
                    description = "grows with every change of the district's liaisons, also sent as the ETag",
                    examples = "0")
            long version) {

        static LiaisonsView of(LiaisonService.Liaisons l) {
            return new LiaisonsView(
                    l.districtCode(),
                    l.current() == null ? null : LiaisonView.of(l.current()),
                    l.history().stream().map(LiaisonView::of).toList(),
                    l.version());
        }
    }

    @Schema(name = "DistrictLiaison", description = "One liaison's period")
    public record LiaisonView(
            @Schema(examples = "박서연") String name,
            @Schema(examples = "서울시복지재단 찾동추진지원단") String organisation,
            @Schema(examples = "liaison-park") String account,

            @Schema(nullable = true, examples = "02-2011-0500")
            String phone,

            @Schema(nullable = true, examples = "liaison-park@welfare.seoul.kr")
            String email,

            @Schema(examples = "2016-01-04") LocalDate from,

            @Schema(nullable = true, description = "last day; null for the current liaison", examples = "2016-06-30")
            LocalDate to) {

        static LiaisonView of(DistrictLiaison l) {
            return new LiaisonView(
                    l.name(), l.organisation(), l.account(), l.phone(), l.email(), l.validFrom(), l.validTo());
        }
    }

    @Schema(name = "FollowUpInput", description = "Something the contact leaves to do, by a day")
    public record FollowUpInput(
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "복지플래너 방문일정 공유 캘린더 도입 여부 확인")
            String action,

            @NotNull @Schema(required = true, examples = "2016-05-20")
            LocalDate dueOn) {}

    @Schema(name = "NewFieldContact", description = "One contact with a district (현장 소통)")
    public record NewFieldContact(
            @NotNull
            @Pattern(regexp = "\\d{5}", message = "must be a 5-digit 자치구 code")
            @Schema(required = true, examples = "11290")
            String districtCode,

            @Pattern(regexp = "\\d{10}", message = "must be a 10-digit 행정동 code")
            @Schema(description = "a dong of the district, when the contact was with one", examples = "1129052500")
            String dongCode,

            @NotNull @Schema(required = true, examples = "VISIT")
            FieldContactKind kind,

            @NotNull @Schema(required = true, description = "the day of the contact", examples = "2016-05-10")
            LocalDate on,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "복지플래너 방문상담 운영 점검")
            String topic,

            @NotNull
            @Size(max = 20000)
            @Schema(
                    required = true,
                    description = "Markdown; answered also as sanitised HTML (notesHtml)",
                    examples = "**성북구 복지정책과**와 간담회\n\n- 방문상담 일정 수기 관리로 누락 발생\n- 공유 캘린더 도입 검토")
            String notes,

            @Size(max = FieldContact.MAX_FOLLOW_UPS)
            @Schema(
                    description = "follow-ups it leaves; none when absent",
                    examples = "[{\"action\": \"복지플래너 방문일정 공유 캘린더 도입 여부 확인\", \"dueOn\": \"2016-05-20\"}]")
            List<@NotNull @Valid FollowUpInput> followUps) {

        public LiaisonCommands.RecordContact toCommand() {
            return new LiaisonCommands.RecordContact(
                    districtCode,
                    dongCode,
                    kind,
                    on,
                    topic.strip(),
                    notes,
                    followUps == null
                            ? List.of()
                            : followUps.stream()
                                    .map(f -> new LiaisonCommands.PlannedFollowUp(
                                            f.action().strip(), f.dueOn()))
                                    .toList());
        }
    }

    @Schema(name = "FieldContact", description = "A recorded field contact with its follow-ups")
    public record FieldContactView(
            @Schema(examples = "3f2e1d0c-9b8a-4766-a554-433221100fed")
            UUID id,

            @Schema(examples = "11290") String districtCode,

            @Schema(nullable = true, examples = "1129052500")
            String dongCode,

            @Schema(examples = "VISIT") FieldContactKind kind,
            @Schema(examples = "2016-05-10") LocalDate on,
            @Schema(examples = "복지플래너 방문상담 운영 점검") String topic,

            @Schema(description = "as written (Markdown)", examples = "**성북구 복지정책과**와 간담회")
            String notes,

            @Schema(
                    description = "the notes as sanitised HTML: formatting and http(s) links only",
                    examples = "<p><strong>성북구 복지정책과</strong>와 간담회</p>")
            String notesHtml,

            @Schema(description = "the account that recorded it", examples = "liaison-park")
            String recordedBy,

            Instant createdAt,
            List<FollowUpView> followUps) {

        static FieldContactView of(FieldContact.Recorded r) {
            FieldContact c = r.contact();
            return new FieldContactView(
                    c.id(),
                    c.districtCode(),
                    c.dongCode(),
                    c.kind(),
                    c.on(),
                    c.topic(),
                    c.notes(),
                    c.notesHtml(),
                    c.recordedBy(),
                    c.createdAt(),
                    r.followUps().stream().map(FollowUpView::of).toList());
        }

        static FieldContactView of(LiaisonQueries.ContactItem c) {
            return new FieldContactView(
                    c.id(),
                    c.districtCode(),
                    c.dongCode(),
                    c.kind(),
                    c.on(),
                    c.topic(),
                    c.notes(),
                    c.notesHtml(),
                    c.recordedBy(),
                    c.createdAt(),
                    c.followUps().stream().map(FollowUpView::of).toList());
        }
    }

    @Schema(name = "FollowUp", description = "A follow-up of a field contact")
    public record FollowUpView(
            @Schema(examples = "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
            UUID id,

            @Schema(examples = "3f2e1d0c-9b8a-4766-a554-433221100fed")
            UUID contactId,

            @Schema(examples = "복지플래너 방문일정 공유 캘린더 도입 여부 확인") String action,
            @Schema(examples = "2016-05-20") LocalDate dueOn,
            @Schema(examples = "OPEN") FollowUpStatus status,

            @Schema(nullable = true, examples = "2016-05-18")
            LocalDate doneOn,

            @Schema(nullable = true, examples = "5월 동장회의에서 도입 결정")
            String doneNote,

            @Schema(nullable = true, examples = "liaison-park")
            String doneBy) {

        static FollowUpView of(FollowUp f) {
            return new FollowUpView(
                    f.id(), f.contactId(), f.action(), f.dueOn(), f.status(), f.doneOn(), f.doneNote(), f.doneBy());
        }

        static FollowUpView of(LiaisonQueries.FollowUpItem f) {
            return new FollowUpView(
                    f.id(), f.contactId(), f.action(), f.dueOn(), f.status(), f.doneOn(), f.doneNote(), f.doneBy());
        }
    }

    @Schema(name = "FollowUpDone", description = "What was done")
    public record DoneInput(
            @Size(max = 4000) @Schema(examples = "5월 동장회의에서 공유 캘린더 도입 결정")
            String note) {

        public LiaisonCommands.MarkDone toCommand() {
            return new LiaisonCommands.MarkDone(stripped(note));
        }
    }

    @Schema(name = "LiaisonSummaryRow", description = "One district with a liaison in the month")
    public record SummaryRowView(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String districtNameKo,

            @Schema(
                    description = "the liaison in the month (the one appointed last when two shared it)",
                    examples = "박서연")
            String liaisonName,

            @Schema(examples = "liaison-park") String liaisonAccount,

            @Schema(description = "field contacts of the month", examples = "6")
            long contacts,

            @Schema(examples = "3") long visits,
            @Schema(examples = "1") long calls,
            @Schema(examples = "1") long meetings,
            @Schema(examples = "1") long workshops,
            @Schema(examples = "0") long others,

            @Schema(description = "follow-ups of the month's contacts still open today", examples = "2")
            long followUpsOpen,

            @Schema(description = "of the open ones, those past their dueOn", examples = "1")
            long followUpsOverdue,

            @Schema(description = "follow-ups of the month's contacts done", examples = "4")
            long followUpsDone) {

        static SummaryRowView of(LiaisonQueries.SummaryRow r) {
            return new SummaryRowView(
                    r.districtCode(),
                    r.districtNameKo(),
                    r.liaisonName(),
                    r.liaisonAccount(),
                    r.contacts(),
                    r.visits(),
                    r.calls(),
                    r.meetings(),
                    r.workshops(),
                    r.others(),
                    r.followUpsOpen(),
                    r.followUpsOverdue(),
                    r.followUpsDone());
        }
    }
}
