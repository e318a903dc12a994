package kr.seoul.chatdong.training.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 만족도 문항: one Likert item (1 = 매우 불만족 … 5 = 매우 만족) of a cohort's satisfaction questionnaire,
 * with its weight in the 100-point score. An item about the instructors is answered once per
 * instructor of the cohort (강사 평가).
 */
@Embeddable
public class QuestionnaireItem {

    /** What an item asks about. */
    public enum About {
        COURSE,
        INSTRUCTOR
    }

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The programme's standard questionnaire, used by every cohort that has no questionnaire of its own. Weights sum to 100. */
    public static final List<QuestionnaireItem> STANDARD = List.of(
            new QuestionnaireItem("relevance", "교육 내용이 업무에 도움이 되었다", 25, About.COURSE),
            new QuestionnaireItem("structure", "교육 구성과 시간 배분이 적절했다", 15, About.COURSE),
            new QuestionnaireItem("materials", "교재와 자료가 충실했다", 10, About.COURSE),
            new QuestionnaireItem("venue", "교육 장소와 운영이 편리했다", 10, About.COURSE),
            new QuestionnaireItem("instructor", "강사의 전문성과 전달력이 좋았다", 20, About.INSTRUCTOR),
            new QuestionnaireItem("overall", "교육에 전반적으로 만족한다", 20, About.COURSE));

    private String item;

    private String text;

    private int weight;

    @Enumerated(EnumType.STRING)
    private About about;

    protected QuestionnaireItem() {}

    public QuestionnaireItem(String item, String text, int weight, About about) {
        this.item = item;
        this.text = text;
        this.weight = weight;
        this.about = about;
    }

    /** Whether the item is asked of a cohort with these instructors: an item about instructors only where it has some. */
    public boolean askedWith(Set<UUID> instructorIds) {
        return about == About.COURSE || !instructorIds.isEmpty();
    }

    /** A questionnaire a cohort may use: 1 to 20 items, codes unique and lower-case, weights 1..100. */
    public static List<QuestionnaireItem> validated(List<QuestionnaireItem> items) {
        if (items.isEmpty() || items.size() > 20) {
            throw new DomainException.InvalidValue("items", "must hold 1 to 20 items (has " + items.size() + ")");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireItem it = items.get(i);
            if (it.item == null || !CODE.matcher(it.item).matches()) {
                throw new DomainException.InvalidValue(
                        "items[" + i + "].item",
                        "must be a code of lower-case letters, digits and '-', e.g. relevance");
            }
            if (!seen.add(it.item)) {
                throw new DomainException.InvalidValue(
                        "items[" + i + "].item", "'" + it.item + "' appears twice; each item code once");
            }
            if (it.weight < 1 || it.weight > 100) {
                throw new DomainException.InvalidValue("items[" + i + "].weight", "must be 1 to 100");
            }
        }
        return List.copyOf(items);
    }

    public String item() {
        return item;
    }

    public String text() {
        return text;
    }

    public int weight() {
        return weight;
    }

    public About about() {
        return about;
    }
}
