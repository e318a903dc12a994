package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 교육생: only what the programme needs to enrol, count by district and certify. The name is personal
 * data: it never goes into events or logs.
 */
@Entity
@Table(name = "trainee")
public class Trainee {

    @Id
    private UUID id;

    private String name;

    private String organisation;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "dong_code")
    private String dongCode;

    @Column(name = "job_type")
    private String jobType;

    @Column(name = "employee_no")
    private String employeeNo;

    /** The person's sign-in account name (Keycloak's preferred_username), when they sign in themselves. */
    private String account;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Trainee() {}

    public static Trainee register(
            String name,
            String organisation,
            String districtCode,
            String dongCode,
            String jobType,
            String employeeNo,
            String account,
            Instant now) {
        Trainee trainee = new Trainee();
        trainee.id = UUID.randomUUID();
        trainee.name = name;
        trainee.organisation = organisation;
        trainee.districtCode = districtCode;
        trainee.dongCode = dongCode;
        trainee.jobType = jobType;
        trainee.employeeNo = employeeNo;
        trainee.account = account;
        trainee.createdAt = now;
        return trainee;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public String districtCode() {
        return districtCode;
    }

    public String dongCode() {
        return dongCode;
    }

    public String jobType() {
        return jobType;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public void linkAccount(String account) {
        this.account = account;
    }

    public String account() {
        return account;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
