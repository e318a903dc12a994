package kr.seoul.chatdong.training.service;

import java.util.UUID;

/** What callers ask of {@link EnrolmentService}. */
public final class EnrolmentCommands {

    private EnrolmentCommands() {}

    public record RegisterTrainee(
            String name,
            String organisation,
            String districtCode,
            String dongCode,
            String jobType,
            String employeeNo,
            String account) {}

    public record Enrol(UUID traineeId) {}
}
