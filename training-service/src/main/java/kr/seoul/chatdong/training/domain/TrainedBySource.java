package kr.seoul.chatdong.training.domain;

/** Trained people (completions) split by where they were counted; {@link #total()} is what a target is read against. */
public record TrainedBySource(long city, long districtCohort, long districtReport) {

    public static final TrainedBySource NONE = new TrainedBySource(0, 0, 0);

    public static TrainedBySource of(TrainingSource source, long trained) {
        return switch (source) {
            case CITY -> new TrainedBySource(trained, 0, 0);
            case DISTRICT_COHORT -> new TrainedBySource(0, trained, 0);
            case DISTRICT_REPORT -> new TrainedBySource(0, 0, trained);
        };
    }

    public TrainedBySource plus(TrainedBySource other) {
        return new TrainedBySource(
                city + other.city, districtCohort + other.districtCohort, districtReport + other.districtReport);
    }

    public long total() {
        return city + districtCohort + districtReport;
    }
}
