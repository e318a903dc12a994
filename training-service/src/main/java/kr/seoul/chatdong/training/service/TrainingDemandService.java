package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.TrainingDemandSurvey;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.repository.TrainingDemandSurveyRepository;
import kr.seoul.chatdong.training.repository.TrainingNeedRepository;

/**
 * 교육 수요 조사 of a district's support team (자치구 추진지원단, plan §2): each topic asked for becomes a
 * training need of the district (source DEMAND_SURVEY) or reinforces its open need of the same topic. A
 * district officer records their own district's survey; a city admin or trainer any district's.
 */
@ApplicationScoped
public class TrainingDemandService {

    @Inject
    TrainingDemandSurveyRepository surveys;

    @Inject
    TrainingNeedRepository needs;

    @Inject
    CourseRepository courses;

    @Inject
    SeoulGeography geography;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record RecordSurvey(String districtCode, List<String> topics, int respondents) {}

    /** A recorded survey and, in its topics' order, the needs it created or reinforced. */
    public record Recorded(TrainingDemandSurvey survey, List<TrainingNeed> needs) {}

    /**
     * Refusals, in order: an unknown district 400 (naming districtCode), another district's officer 403,
     * respondents or topics out of range 400 naming the field. Nothing is stored by a refused survey.
     */
    @Transactional
    public Recorded record(RecordSurvey command) {
        geography.requireDistrict(command.districtCode(), "districtCode");
        requireOwnDistrict(command.districtCode());
        Instant now = clock.instant();
        TrainingDemandSurvey survey = TrainingDemandSurvey.take(
                command.districtCode(), command.topics(), command.respondents(), caller.account(), now);
        List<TrainingNeed> touched = new ArrayList<>();
        for (int i = 0; i < survey.answers().size(); i++) {
            String topic = survey.answers().get(i).topic();
            TrainingNeed need = needs.openDemand(survey.districtCode(), topic).orElse(null);
            boolean reinforced = need != null;
            if (reinforced) {
                need.reinforce(survey.respondents());
            } else {
                need = TrainingNeed.demanded(
                        survey.districtCode(), topic, survey.respondents(), courses.forSupportTeamsOn(topic), now);
                needs.persist(need);
            }
            survey.answered(i, need.id(), reinforced);
            touched.add(need);
        }
        surveys.persist(survey);
        surveys.flush();
        audit.created("training-demand-survey", survey.id(), command);
        return new Recorded(survey, touched);
    }

    /** One survey with its needs as they are now; a district officer sees their own district's (another's: 404). */
    @Transactional
    public Recorded survey(UUID id) {
        TrainingDemandSurvey survey = surveys.findByIdOptional(id)
                .filter(s -> visible(s.districtCode()))
                .orElseThrow(() -> new DomainException.NotFound("training demand survey", id));
        List<TrainingNeed> answered =
                survey.answers().stream().map(a -> needs.findById(a.needId())).toList();
        answered.forEach(n -> n.courseIds().size());
        return new Recorded(survey, answered);
    }

    private boolean anyDistrict() {
        return caller.hasRole(Roles.CITY_ADMIN) || caller.hasRole(Roles.TRAINER);
    }

    private boolean visible(String districtCode) {
        return anyDistrict()
                || !caller.hasRole(Roles.DISTRICT_OFFICER)
                || caller.district().map(districtCode::equals).orElse(false);
    }

    private void requireOwnDistrict(String districtCode) {
        if (anyDistrict()) {
            return;
        }
        String own = caller.district()
                .orElseThrow(() -> new DomainException.NotAllowed(
                        "Your district-officer token has no 'district' claim; ask for a token of your district"));
        if (!own.equals(districtCode)) {
            throw new DomainException.NotAllowed(
                    "Your token is limited to district " + own + "; this demand survey is of district " + districtCode);
        }
    }
}
