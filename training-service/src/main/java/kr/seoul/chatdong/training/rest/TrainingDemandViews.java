package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.domain.TrainingDemandSurvey;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.rest.TrainingNeedViews.TrainingNeedView;
import kr.seoul.chatdong.training.service.TrainingDemandService;

/** Request and response bodies of the support teams' training demand surveys. */
public final class TrainingDemandViews {

    private TrainingDemandViews() {}

    @Schema(
            name = "NewTrainingDemandSurvey",
            description = "교육 수요 조사: what a district's support team (자치구 추진지원단) asked to be trained in")
    public record NewSurvey(
            @NotBlank
            @Schema(required = true, description = "5-digit code of the surveyed district", examples = "11290")
            String districtCode,

            @NotNull
            @Size(min = 1, max = TrainingDemandSurvey.MAX_TOPICS)
            @Schema(
                    required = true,
                    description = "1 to 20 topics asked for, each non-blank, at most 100 characters and named once",
                    examples = """
                    ["통합사례관리","마을계획 수립","복지플래너 상담기법"]""")
            List<@NotBlank @Size(max = TrainingNeed.MAX_TOPIC) String> topics,

            @NotNull
            @Min(1)
            @Max(TrainingDemandSurvey.MAX_RESPONDENTS)
            @Schema(required = true, description = "people who answered the survey, 1–10,000", examples = "42")
            Integer respondents) {

        TrainingDemandService.RecordSurvey toCommand() {
            return new TrainingDemandService.RecordSurvey(districtCode.strip(), topics, respondents);
        }
    }

    @Schema(name = "TrainingDemandTopic", description = "A topic of the survey and the need it created or reinforced")
    public record TopicView(
            @Schema(examples = "통합사례관리") String topic,

            @Schema(
                    description = "true when the district had an open need of the topic and this survey added its "
                            + "respondents to it; false when the survey created the need",
                    examples = "false")
            boolean reinforced,

            @Schema(description = "the need as it is now (source DEMAND_SURVEY)")
            TrainingNeedView need) {}

    @Schema(
            name = "TrainingDemandSurvey",
            description = "A district support team's demand survey and, in its topics' order, the training needs it "
                    + "created or reinforced")
    public record SurveyView(
            @Schema(examples = "e0000000-0000-4000-8000-000000000002")
            UUID id,

            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "42") int respondents,
            List<TopicView> topics,

            @Schema(description = "the account that recorded it", examples = "seongbuk.officer")
            String surveyedBy,

            Instant surveyedAt,
            @Schema(examples = "0") long version) {

        static SurveyView of(TrainingDemandService.Recorded recorded) {
            TrainingDemandSurvey s = recorded.survey();
            List<TopicView> topics = new ArrayList<>();
            for (int i = 0; i < s.answers().size(); i++) {
                TrainingDemandSurvey.Answer a = s.answers().get(i);
                topics.add(new TopicView(
                        a.topic(),
                        a.reinforced(),
                        TrainingNeedView.of(recorded.needs().get(i))));
            }
            return new SurveyView(
                    s.id(), s.districtCode(), s.respondents(), topics, s.surveyedBy(), s.surveyedAt(), s.version());
        }
    }
}
