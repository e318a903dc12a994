package kr.seoul.chatdong.training.domain;

/**
 * One trainee named by a line of a bulk enrolment sheet. The same person is recognised by the
 * employee number when there is one, else by name, organisation and dong.
 */
public record TraineeRow(
        int line,
        String name,
        String organisation,
        String districtCode,
        String dongCode,
        String jobType,
        String employeeNo) {

    /** How the sheet and the trainees already stored are matched. */
    public String key() {
        return employeeNo != null ? byNumber(employeeNo) : byIdentity(name, organisation, dongCode);
    }

    public static String byNumber(String employeeNo) {
        return "E\u0000" + employeeNo;
    }

    public static String byIdentity(String name, String organisation, String dongCode) {
        return "N\u0000" + name + "\u0000" + organisation + "\u0000" + dongCode;
    }
}
