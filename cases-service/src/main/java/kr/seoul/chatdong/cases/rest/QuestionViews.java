package kr.seoul.chatdong.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.domain.QuestionAnswer;
import kr.seoul.chatdong.cases.query.QuestionRow;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands;

/** Request and response bodies of {@link QuestionResource}. */
public final class QuestionViews {

    private QuestionViews() {}

    @Schema(name = "NewQuestion", description = "A question from a district (and dong) on a topic")
    public record NewQuestion(
            @NotBlank
            @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit district code")
            @Schema(required = true, examples = "11290")
            String districtCode,

            @Pattern(regexp = "[0-9]{10}", message = "must be a 10-digit dong code")
            @Schema(nullable = true, examples = "1129052500")
            String dongCode,

            @NotBlank @Size(max = 100) @Schema(required = true, examples = "방문간호")
            String topic,

            @NotBlank @Size(max = 4000) @Schema(required = true, examples = "방문간호사가 65세 도래 어르신 댁을 방문할 때 동행 인력 기준이 있나요?")
            String text) {

        SolutionDeskCommands.Ask toCommand() {
            return new SolutionDeskCommands.Ask(districtCode, dongCode, topic.strip(), text.strip());
        }
    }

    @Schema(name = "NewAnswer")
    public record NewAnswer(
            @NotBlank @Size(max = 8000) @Schema(required = true, examples = "복지플래너 1명과 방문간호사 1명이 함께 방문하는 것을 원칙으로 합니다.")
            String text) {}

    @Schema(name = "QuestionAnswer")
    public record AnswerView(
            UUID id,

            @Schema(examples = "복지플래너 1명과 방문간호사 1명이 함께 방문하는 것을 원칙으로 합니다.")
            String text,

            @Schema(nullable = true, description = "who answered; only with a token", examples = "editor-kim")
            String author,

            Instant createdAt) {

        static AnswerView of(QuestionAnswer a, boolean withNames) {
            return new AnswerView(a.id(), a.text(), withNames ? a.author() : null, a.createdAt());
        }
    }

    @Schema(name = "Question")
    public record QuestionView(
            UUID id,
            @Schema(examples = "11290") String districtCode,

            @Schema(nullable = true, examples = "1129052500")
            String dongCode,

            @Schema(examples = "방문간호") String topic,

            @Schema(examples = "방문간호사가 65세 도래 어르신 댁을 방문할 때 동행 인력 기준이 있나요?")
            String text,

            @Schema(examples = "OPEN") Question.Status status,

            @Schema(
                    nullable = true,
                    description = "who asked; only with a token",
                    examples = "test-officer-11290@seoul.go.kr")
            String askedBy,

            @Schema(description = "oldest first; lists leave them out")
            List<AnswerView> answers,

            Instant createdAt,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(examples = "0") long version) {

        static QuestionView of(Question q, List<QuestionAnswer> answers, boolean withNames) {
            return new QuestionView(
                    q.id(),
                    q.districtCode(),
                    q.dongCode(),
                    q.topic(),
                    q.text(),
                    q.status(),
                    withNames ? q.askedBy() : null,
                    answers.stream().map(a -> AnswerView.of(a, withNames)).toList(),
                    q.createdAt(),
                    q.answeredAt(),
                    q.publishedAt(),
                    q.version());
        }

        static QuestionView of(QuestionRow q, boolean withNames) {
            return new QuestionView(
                    q.id(),
                    q.districtCode(),
                    q.dongCode(),
                    q.topic(),
                    q.text(),
                    q.status(),
                    withNames ? q.askedBy() : null,
                    List.of(),
                    q.createdAt(),
                    q.answeredAt(),
                    q.publishedAt(),
                    q.version());
        }
    }
}
