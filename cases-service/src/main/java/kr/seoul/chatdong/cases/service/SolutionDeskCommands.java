package kr.seoul.chatdong.cases.service;

/** What callers ask of {@link QuestionService} and {@link ManualService}. */
public final class SolutionDeskCommands {

    private SolutionDeskCommands() {}

    public record Ask(String districtCode, String dongCode, String topic, String text) {}

    public record Answer(String text) {}

    public record GiveFeedback(String section, String text, String districtCode) {}

    public record Decline(String reason) {}
}
