package kr.seoul.chatdong.training.domain;

/**
 * Where a district training report stands: RECORDED (counted; the district may correct it) → WITHDRAWN
 * (counted nowhere, kept with its reason; final).
 */
public enum DistrictTrainingReportStatus {
    RECORDED,
    WITHDRAWN;

    /** Whether a report of this status may still be corrected or withdrawn. */
    public boolean open() {
        return this == RECORDED;
    }
}
