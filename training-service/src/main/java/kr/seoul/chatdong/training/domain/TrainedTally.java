package kr.seoul.chatdong.training.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which trained people a year's target counts (issue 24: every trained person counted). A city-wide
 * target (organiser CITY) counts everyone trained for its audience: the city's cohorts, the districts'
 * cohorts and the districts' reports — the 2016 plan's 10,520 civil servants are read against all three.
 * A district's own target counts its own cohorts and its own reports.
 */
public final class TrainedTally {

    private record Key(String organiser, TargetAudience audience) {}

    private final Map<Key, TrainedBySource> byOrganiser = new HashMap<>();
    private final Map<TargetAudience, TrainedBySource> byAudience = new HashMap<>();

    /** Completions in the year's completed cohorts of an organiser's courses (CITY or a district code) for an audience. */
    public TrainedTally cohorts(String organiser, TargetAudience audience, long completions) {
        return add(
                organiser,
                audience,
                TrainedBySource.of(
                        "CITY".equals(organiser) ? TrainingSource.CITY : TrainingSource.DISTRICT_COHORT, completions));
    }

    /** Completions a district reported for the year. */
    public TrainedTally reported(String districtCode, TargetAudience audience, long completions) {
        return add(districtCode, audience, TrainedBySource.of(TrainingSource.DISTRICT_REPORT, completions));
    }

    private TrainedTally add(String organiser, TargetAudience audience, TrainedBySource trained) {
        byOrganiser.merge(new Key(organiser, audience), trained, TrainedBySource::plus);
        byAudience.merge(audience, trained, TrainedBySource::plus);
        return this;
    }

    /** The trained people a target is read against. */
    public TrainedBySource toward(TrainingTarget target) {
        if ("CITY".equals(target.organiser())) {
            return byAudience.getOrDefault(target.audience(), TrainedBySource.NONE);
        }
        return byOrganiser.getOrDefault(new Key(target.organiser(), target.audience()), TrainedBySource.NONE);
    }

    /** The year's targets summed, and the trained people toward them, each person once. */
    public record Total(int target, TrainedBySource trained) {}

    /**
     * Per audience: where the city set a target, it stands for the audience (the districts' targets of that
     * audience are parts of it, and their trained people are in it already); elsewhere the districts'
     * targets add up.
     */
    public Total total(List<TrainingTarget> targets) {
        Map<TargetAudience, List<TrainingTarget>> byGroup = new LinkedHashMap<>();
        targets.forEach(t ->
                byGroup.computeIfAbsent(t.audience(), a -> new ArrayList<>()).add(t));
        int target = 0;
        TrainedBySource trained = TrainedBySource.NONE;
        for (List<TrainingTarget> group : byGroup.values()) {
            List<TrainingTarget> counted = group.stream()
                    .filter(t -> "CITY".equals(t.organiser()))
                    .findFirst()
                    .map(List::of)
                    .orElse(group);
            for (TrainingTarget t : counted) {
                target += t.target();
                trained = trained.plus(toward(t));
            }
        }
        return new Total(target, trained);
    }
}
