package kr.seoul.chatdong.monitoring.domain;

import java.util.List;

/**
 * 응답: one respondent's answers in a wave. {@code answers} follows the survey's question order;
 * null where the respondent gave no answer. Stored as imported and never changed.
 */
public record SurveyResponse(String respondentId, String dongCode, RespondentGroup group, List<Integer> answers) {

    public SurveyResponse {
        answers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
    }
}
