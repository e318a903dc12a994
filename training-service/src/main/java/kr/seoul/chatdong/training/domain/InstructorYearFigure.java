package kr.seoul.chatdong.training.domain;

/**
 * A year's instructors by affiliation and the courses they taught: as the programme reported it for a
 * year before the registry (2015: 123, 공무원 19 and 민간 104, in 5 courses), or counted from the registry.
 */
public record InstructorYearFigure(
        int year, int civilServants, int privateInstructors, Integer courses, Source source, String note) {

    /** Where a year's figure comes from. */
    public enum Source {
        /** reported by the programme for a year before the registry */
        RECORDED,
        /** counted from the registry: instructors active at any time in the year */
        REGISTRY
    }

    public int total() {
        return civilServants + privateInstructors;
    }
}
